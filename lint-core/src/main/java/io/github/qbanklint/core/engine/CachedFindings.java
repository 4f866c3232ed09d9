package io.github.qbanklint.core.engine;

import io.github.qbanklint.core.api.Finding;
import io.github.qbanklint.core.api.Severity;
import java.util.Optional;

/**
 * A cached file's findings as its entry is read: a column for each field, and the messages as the
 * bytes the entry stored (see {@link CachedText}), so that a report copies them without a string or
 * a {@link Finding} being made for each.
 */
final class CachedFindings implements FindingListing {
  private final String path;
  private final String[] ruleIds;
  private final Severity[] severities;

  /** Line, column, end line and end column of each finding. */
  private final int[] positions;

  /** Where each finding's message starts and ends in {@link #text}. */
  private final int[] messages;

  private final ByteColumn text;
  private int size;

  /** Room for {@code capacity} findings, their messages read into {@code text}. */
  CachedFindings(String path, int capacity, ByteColumn text) {
    this.path = path;
    this.text = text;
    ruleIds = new String[capacity];
    severities = new Severity[capacity];
    positions = new int[4 * capacity];
    messages = new int[2 * capacity];
  }

  void add(
      String ruleId,
      Severity severity,
      int line,
      int column,
      int endLine,
      int endColumn,
      MessageDeltas.Range message) {
    ruleIds[size] = ruleId;
    severities[size] = severity;
    positions[4 * size] = line;
    positions[4 * size + 1] = column;
    positions[4 * size + 2] = endLine;
    positions[4 * size + 3] = endColumn;
    messages[2 * size] = message.from();
    messages[2 * size + 1] = message.to();
    size++;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public Finding get(int i) {
    return new Finding(
        ruleIds[i],
        severities[i],
        path,
        positions[4 * i],
        positions[4 * i + 1],
        positions[4 * i + 2],
        positions[4 * i + 3],
        CachedText.decode(text.bytes(), messages[2 * i], messages[2 * i + 1]),
        Optional.empty());
  }

  @Override
  public void emit(int i, FindingSink sink) {
    sink.cached(
        ruleIds[i],
        severities[i],
        positions[4 * i],
        positions[4 * i + 1],
        positions[4 * i + 2],
        positions[4 * i + 3],
        text.bytes(),
        messages[2 * i],
        messages[2 * i + 1]);
  }

  @Override
  public int line(int i) {
    return positions[4 * i];
  }

  @Override
  public int column(int i) {
    return positions[4 * i + 1];
  }

  @Override
  public String ruleId(int i) {
    return ruleIds[i];
  }
}
