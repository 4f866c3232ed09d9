package io.github.qbanklint.core.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.qbanklint.core.document.Document;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Where the table of contents is, and where it ends. */
class TocReaderTest {
  private static final BankModelBuilder DEFAULTS = new BankModelBuilder(BankConventions.defaults());

  private static Optional<Toc> toc(String text) {
    return DEFAULTS.modelOf(Document.of("toc.md", text)).toc();
  }

  private static Toc tocOf(String text) {
    return toc(text).orElseThrow();
  }

  @Test
  void aListAfterOtherContentUnderTheTocHeadingIsAnOrdinaryList() {
    String text =
        "## Contents\n\nJump to:\n\n- [Basics](#basics)\n- Tools\n\n* [Misc](#misc)\n\n"
            + "The table has two columns:\n\n- name\n- price\n\n## Basics\n\ntext\n";
    Toc toc = tocOf(text);
    assertThat(toc.entries()).extracting(TocEntry::text).containsExactly("Basics", "Tools", "Misc");
    assertThat(text.substring(toc.listStart(), toc.listEnd()))
        .isEqualTo("- [Basics](#basics)\n- Tools\n\n* [Misc](#misc)");
    assertThat(text.substring(toc.blockEnd())).startsWith("\n\nThe table has two columns");
  }

  @Test
  void aMarkdownTableUnderTheTocHeadingIsReadRowByRow() {
    String text =
        "# Bank\n\n## Table of Contents\n\nAll questions:\n\n| No. | Questions |\n| --- | --- |\n"
            + "| | **Core** |\n| 1 | [What is X?](#what-is-x) |\n| 2 | **[What is Y?](#y)** |\n"
            + "| 3 | [MDN](https://developer.mozilla.org/) |\n\n- a list after the table\n\n"
            + "## Core\n";
    Toc toc = tocOf(text);
    assertThat(toc.table()).isTrue();
    assertThat(toc.entries())
        .extracting(TocEntry::text, TocEntry::target, TocEntry::line)
        .containsExactly(
            tuple("What is X?", Optional.of("#what-is-x"), 10),
            tuple("What is Y?", Optional.of("#y"), 11),
            tuple("MDN", Optional.of("https://developer.mozilla.org/"), 12));
    TocEntry first = toc.entries().get(0);
    assertThat(text.substring(first.start(), first.end())).isEqualTo("[What is X?](#what-is-x)");
    assertThat(text.substring(toc.listStart(), toc.listEnd())).startsWith("| No.").endsWith("/) |");
  }

  @Test
  void aTableAfterTheTocListOrWithoutLinksIsNoTable() {
    Toc afterList =
        tocOf("## Contents\n\n- [A](#a)\n\n| x | y |\n| - | - |\n| 1 | [B](#b) |\n\n## A\n");
    assertThat(afterList.table()).isFalse();
    assertThat(afterList.entries()).extracting(TocEntry::text).containsExactly("A");
    Toc noLinks = tocOf("## Contents\n\n| x | y |\n| - | - |\n| 1 | B |\n\n## B\n");
    assertThat(noLinks.table()).isFalse();
    assertThat(noLinks.entries()).isEmpty();
  }

  @Test
  void commentsBetweenListsKeepThemOneTable() {
    Toc toc = tocOf("# 目录\n\n- A\n\n<!-- a note -->\n\n- B\n\n---\n\n- C\n\n## A\n");
    assertThat(toc.entries()).extracting(TocEntry::text).containsExactly("A", "B");
  }

  @Test
  void doctocMarkersHoldTheTableWithoutATocHeading() {
    String text =
        "# Bank\n\n<!-- START doctoc generated TOC please keep comment here to allow auto update -->\n"
            + "<!-- DON'T EDIT THIS SECTION, INSTEAD RE-RUN doctoc TO UPDATE -->\n"
            + "**Table of Contents**  *generated with [DocToc](https://github.com/thlorenz/doctoc)*\n\n"
            + "- [Basics](#basics)\n  - [What is X?](#what-is-x)\n\n"
            + "<!-- END doctoc generated TOC please keep comment here to allow auto update -->\n\n"
            + "- not the table\n\n## Basics\n";
    Toc toc = tocOf(text);
    assertThat(toc.heading()).isEmpty();
    assertThat(toc.generated()).isFalse();
    assertThat(toc.entries()).extracting(TocEntry::text).containsExactly("Basics", "What is X?");
  }

  @Test
  void markdownTocMarkersWinOverTheTocHeadingsOtherLists() {
    String text =
        "## Contents\n\n<!-- toc -->\n\n- [Basics](#basics)\n\n<!-- tocstop -->\n\n- [Old](#old)\n\n"
            + "## Basics\n";
    Toc toc = tocOf(text);
    assertThat(toc.heading()).map(h -> h.text()).contains("Contents");
    assertThat(toc.entries()).extracting(TocEntry::text).containsExactly("Basics");
    assertThat(tocOf(text.replace("toc -->", "TOC -->").replace("tocstop", "/TOC")).entries())
        .extracting(TocEntry::text)
        .containsExactly("Basics");
  }

  @Test
  void aStartMarkerAloneOrATocParagraphIsAGeneratedTable() {
    assertThat(tocOf("# Bank\n\n<!-- toc -->\n\n## Basics\n\n- [x](#x)\n").generated()).isTrue();
    for (String marker : new String[] {"[TOC]", "[[_TOC_]]", "[toc]"}) {
      Toc toc = tocOf("# Bank\n\n" + marker + "\n\n## Basics\n\ntext\n");
      assertThat(toc.generated()).as(marker).isTrue();
      assertThat(toc.entries()).as(marker).isEmpty();
    }
  }

  @Test
  void markersInsideCodeAreText() {
    assertThat(toc("# Bank\n\n```\n<!-- toc -->\n- [a](#a)\n<!-- tocstop -->\n```\n\n## A\n"))
        .isEmpty();
  }
}
