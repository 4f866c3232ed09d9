package io.github.qbanklint.core.document;

/**
 * A link or image destination as written in the document.
 *
 * @param kind where it came from
 * @param destination the destination as parsed (entities and escapes resolved, not percent-decoded)
 * @param text the link text or image alt text
 * @param start offset of the whole link or tag
 * @param end offset just past it
 */
public record LinkRef(Kind kind, String destination, String text, int start, int end) {

  /** The syntax a link was written in. */
  public enum Kind {
    LINK,
    IMAGE,
    AUTOLINK,
    HTML_LINK,
    HTML_IMAGE
  }

  public boolean isImage() {
    return kind == Kind.IMAGE || kind == Kind.HTML_IMAGE;
  }

  /** Whether the destination is a fragment of this same document (see {@link #isFragmentOnly}). */
  public boolean staysInDocument() {
    return isFragmentOnly(destination);
  }

  /**
   * Whether {@code destination}, white space before it aside, starts with a '#': a place in the
   * document that holds the link.
   */
  public static boolean isFragmentOnly(String destination) {
    for (int i = 0; i < destination.length(); i++) {
      char c = destination.charAt(i);
      if (!Character.isWhitespace(c)) {
        return c == '#';
      }
    }
    return false;
  }
}
