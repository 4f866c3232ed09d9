package io.github.qbanklint.core.api;

import io.github.qbanklint.core.bank.BankModel;
import io.github.qbanklint.core.document.Document;
import java.util.Set;

/** What a rule sees of one document, and where it reports. */
public interface DocumentContext {

  Document document();

  /** The bank model under the configured conventions, computed once per document. */
  BankModel bank();

  /** This rule's effective options. */
  RuleOptions options();

  /** The project settings beyond rule options (math profile, link checking, prose). */
  Settings settings();

  /** The id of every rule this run knows, enabled or not. */
  Set<String> ruleIds();

  /** Reports a problem spanning the text offsets {@code [start, end)}. */
  void report(int start, int end, String message);

  /**
   * Whether this run applies fixes (the {@code fix} command). A check run drops the fixes it is
   * given, so a rule may skip computing a costly fix when this is false.
   */
  boolean fixesWanted();

  /** Reports a problem with a fix the {@code fix} command may apply. */
  void report(int start, int end, String message, Fix fix);
}
