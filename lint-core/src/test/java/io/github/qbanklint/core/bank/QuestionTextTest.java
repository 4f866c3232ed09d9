package io.github.qbanklint.core.bank;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The question-mark and question-word signals of a heading's text, as the contract words them. */
class QuestionTextTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "What is a closure?",
        "什么是闭包？",
        "What is a closure?**",
        "What is a closure?__",
        "What is a closure?   ",
        "What is a closure?\u00a0",
        "What is a closure?\u00a0\u00a0 ",
        "What is a closure? (easy)",
        "What is a closure?(easy)",
        "什么是闭包？（简单）",
        "What is a closure? [hard]",
        "什么是闭包？【中等】",
        "什么是闭包？ 【中等】 ",
        "What is a closure? 🔥",
        "What is a closure?🤔",
        "What is a closure? ⭐⭐",
        "What is a closure? ❤️",
        "Why? 👍🏽",
        "Why? 👨‍💻",
        "Why? 🏳️‍🌈",
        "**What is a closure?** (easy)",
        "x ?"
      })
  void endsWithAQuestionMarkPastEmphasisSpacesATagOrEmoji(String text) {
    assertThat(QuestionText.endsWithQuestionMark(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Why? Because it is fast",
        "为什么？因为快",
        "Explain closures (why?)",
        "Explain closures [why?]",
        "解释闭包（为什么？）",
        "解释闭包【为什么？】",
        "What is a closure",
        "Closures.",
        "What is a closure? `code`",
        ""
      })
  void aQuestionMarkThatDoesNotEndTheTextIsNoQuestionMark(String text) {
    assertThat(QuestionText.endsWithQuestionMark(text)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "What is a closure",
        "why closures",
        "HOW DOES GC WORK",
        "When to use a heap",
        "Where is the stack",
        "Which collection to pick",
        "Who owns the lock",
        "Explain closures",
        "Describe the event loop",
        "Compare TCP and UDP",
        "Define a monad",
        "List the differences between TCP and UDP",
        "Implement an LRU cache",
        "Design a rate limiter",
        "Write a function that reverses a list",
        "Is Java pass-by-value",
        "Are strings immutable",
        "Can a constructor be private",
        "Does Python have tail calls",
        "Do threads share memory",
        "Should you use UUIDs as keys",
        "  Why closures",
        "HashMap 是什么",
        "为什么要用线程池",
        "如何实现 LRU",
        "怎么避免死锁",
        "怎样选择索引",
        "讲讲 GCN",
        "讲一讲 Transformer",
        "介绍一下 Redis",
        "简述 TCP 握手",
        "说说你对 AOP 的理解",
        "说一下 volatile",
        "谈谈 JVM 调优",
        "解释一下 MVCC",
        "比较 B 树和 B+ 树",
        "进程和线程的区别",
        "Redis 有哪些数据类型",
        "是否可以重写 static 方法",
        "HashMap 线程安全吗"
      })
  void questionWordsMakeATextInterrogative(String text) {
    assertThat(QuestionText.isInterrogative(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Lists and tuples",
        "Listing files",
        "Island hopping",
        "Howdy",
        "Whatever works",
        "Canvas API",
        "Dockerfile basics",
        "Doing the dishes",
        "Writing tests",
        "Implementation notes",
        "Arena allocation",
        "Explanation",
        "JVM 内存模型",
        "Redis 持久化",
        "HashMap 的原理",
        "总结",
        ""
      })
  void otherTextsAreNotInterrogative(String text) {
    assertThat(QuestionText.isInterrogative(text)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Describe floats and how they work.",
        "Explain CSS sprites, and how you would implement them.",
        "List as many values for the display property as you can.",
        "[M] Give an example of how the outer product is useful.",
        "说说布隆过滤器的原理",
        "請說明 MVCC",
        "イベントデリゲーションを説明してください。",
        "継承パターンを述べてください。",
        "차이를 설명해 주세요."
      })
  void questionsMayAskWithoutAQuestionMark(String text) {
    assertThat(QuestionText.asksWithoutQuestionMark(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "It adapts one layout to every width.",
        "Can be slower on old browsers",
        "区别一：A 更快",
        "Listing files",
        "主要区别在于内存",
        "プロファイラー、JSPerf",
        ""
      })
  void answersDoNotAskWithoutAQuestionMark(String text) {
    assertThat(QuestionText.asksWithoutQuestionMark(text)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "What is the Shadow DOM? Explain the need for it in Web Components",
        "什么是 MVCC？说说它的实现",
        "What is a closure? Describe one use."
      })
  void aQuestionMayGoOnWithARequest(String text) {
    assertThat(QuestionText.asksThenRequests(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"Why Go? A short history", "What is new in 2.0?", "Ready? Set. Go", "? Explain"})
  void textAfterAQuestionMarkIsNoRequestUnlessItAsks(String text) {
    assertThat(QuestionText.asksThenRequests(text)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Did you run the tests?",
        "Is the change covered by a test?",
        "Does the changelog say what changed?",
        "你是否阅读了文档？",
        "文档看过了吗？"
      })
  void checklistsAskForAYesOrNo(String text) {
    assertThat(QuestionText.asksYesOrNo(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"What is a closure?", "How do you serve pages?", "什么是 BFC？"})
  void openQuestionsDoNotAskForAYesOrNo(String text) {
    assertThat(QuestionText.asksYesOrNo(text)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2019-3-25 阿里巴巴一面", "2024/01/05 release", "2019年3月 腾讯二面"})
  void datesOpenEvents(String text) {
    assertThat(QuestionText.opensWithDate(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2023年面试题", "300 Interview Questions", "JVM 内存结构"})
  void otherTextsOpenNoDate(String text) {
    assertThat(QuestionText.opensWithDate(text)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Explain what a Web Component is and how can you create one",
        "Describe the template element",
        "How to debug a layout shift",
        "说说 JVM 的内存区域",
        "介绍一下 G1 收集器",
        "請說明 volatile 的作用",
        "HTTP/1.0 에 대해 설명해주세요.",
        "[hard] Explain the event loop"
      })
  void aRequestAsksForAnAnswer(String text) {
    assertThat(QuestionText.requests(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"介绍", "Explain", "项目介绍", "Introduction", "Basic Statistics", "특징"})
  void aRequestWordAloneOrInsideATopicAsksNothing(String text) {
    assertThat(QuestionText.requests(text)).isFalse();
  }
}
