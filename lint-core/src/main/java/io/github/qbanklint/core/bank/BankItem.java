package io.github.qbanklint.core.bank;

import io.github.qbanklint.core.document.Heading;
import java.util.Optional;

/**
 * One element of the bank as the model reads it: every heading, with its role, and every paragraph
 * or list-item question. What {@code qbank-lint outline} prints.
 *
 * @param kind heading, paragraph or list item
 * @param level 1 to 6 for a heading, 0 otherwise
 * @param role the heading's role; {@link HeadingRole#QUESTION} for paragraph and list questions
 * @param number the sequence number read from its text; empty for titles and the TOC heading
 * @param text its shown text
 * @param line its 1-based line
 * @param heading the heading, for heading items
 * @param question the question, for question items
 */
public record BankItem(
    ItemKind kind,
    int level,
    HeadingRole role,
    Optional<SequenceNumber> number,
    String text,
    int line,
    Optional<Heading> heading,
    Optional<Question> question) {}
