// 7 MB of question headings, links and math: more than 96 MB of heap can hold once parsed.
new File(basedir, 'big.md').withWriter('UTF-8') { out ->
  for (int i = 0; i < 80_000; i++) {
    out << "### 问题${i}：什么是 [链接](#x${i}) 和 **粗体**？\n\n答案 \$x_${i}\$。\n\n"
  }
}
true
