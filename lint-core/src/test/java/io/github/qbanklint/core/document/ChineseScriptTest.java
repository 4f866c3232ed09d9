package io.github.qbanklint.core.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseScriptTest {
  @ParameterizedTest
  @CsvSource({
    "問題3：什麼是 BFC？, 问题3：什么是 BFC？",
    "參考答案, 参考答案",
    "待補充, 待补充",
    "點擊查看答案, 点击查看答案",
    "目錄, 目录",
    "第5題, 第5题",
    "請說明, 请说明"
  })
  void mapsTheTraditionalCharactersOfTheWordsItReads(String traditional, String simplified) {
    assertThat(ChineseScript.simplified(traditional)).isEqualTo(simplified);
  }

  @Test
  void keepsEveryOffset() {
    String text = "### 問題1：說說 𠀀 Promise 與 async 的區別";
    String mapped = ChineseScript.simplified(text);
    assertThat(mapped).hasSameSizeAs(text);
    assertThat(mapped.codePointCount(0, mapped.length()))
        .isEqualTo(text.codePointCount(0, text.length()));
  }

  @Test
  void returnsTextWithoutThemAsItIs() {
    String text = "问题1：What is a closure? 答えは B";
    assertThat(ChineseScript.simplified(text)).isSameAs(text);
  }
}
