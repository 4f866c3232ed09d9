package io.github.qbanklint.rules.structure;

import io.github.qbanklint.core.bank.SequenceNumber;
import io.github.qbanklint.core.document.Heading;

/**
 * A heading's number as the bank model's one number parser read it ({@code 问题3}, {@code Q3}, {@code
 * 1.2.3}), with the text before the number so that messages can name other numbers the same way.
 *
 * @param heading the numbered heading
 * @param prefix the marker before the number ({@code 问题}, {@code Q}), or a noun for bare numbers
 *     ({@code section })
 * @param number the number
 */
record Numbered(Heading heading, String prefix, SequenceNumber number) {

  /** A heading's sequence number, named in messages by its marker or else by {@code noun}. */
  static Numbered of(Heading heading, SequenceNumber number, String noun) {
    return new Numbered(heading, number.prefix().isEmpty() ? noun : number.prefix(), number);
  }

  /** The last component, the one that counts within its group. */
  int value() {
    return number.value();
  }

  /** How this heading's numbering would write {@code value}: {@code 问题2}, {@code 1.2.4}. */
  String label(int value) {
    return prefix + number.parentKey() + value;
  }

  String label() {
    return label(value());
  }

  int line() {
    return heading.line();
  }
}
