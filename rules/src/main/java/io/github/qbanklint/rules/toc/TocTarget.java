package io.github.qbanklint.rules.toc;

import io.github.qbanklint.core.document.Heading;

/**
 * A heading the table of contents should list, with the depth it has there: sections by their
 * nesting, questions one below their section.
 */
record TocTarget(Heading heading, int depth, boolean question) {}
