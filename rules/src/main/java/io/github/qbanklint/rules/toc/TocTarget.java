package io.github.qbanklint.rules.toc;

import io.github.qbanklint.core.document.Heading;
import java.util.Optional;

/**
 * A section or question heading a table of contents may list, with its depth below the table
 * (sections by their nesting, questions one below their section) and its enclosing section after
 * the table.
 */
record TocTarget(Heading heading, int depth, boolean question, Optional<TocTarget> parent) {}
