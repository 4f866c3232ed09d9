package io.github.qbanklint.core.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the few HTML constructs a question bank uses inside raw HTML: headings, anchors, images,
 * links and comments. Not a general HTML parser: it reads tags as GitHub's sanitiser keeps them.
 */
public final class HtmlScanner {
  private static final Pattern HEADING =
      Pattern.compile(
          "<h([1-6])(\\s[^>]*)?>(.*?)</h\\1\\s*>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern ANCHOR_ATTRIBUTE =
      Pattern.compile(
          "<[a-zA-Z][a-zA-Z0-9]*\\s[^>]*?\\b(id|name)\\s*=\\s*(\"([^\"]*)\"|'([^']*)'|([^\\s>\"']+))",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern URL_ATTRIBUTE =
      Pattern.compile(
          "<(img|a)\\s[^>]*?\\b(src|href)\\s*=\\s*(\"([^\"]*)\"|'([^']*)'|([^\\s>\"']+))",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern ATTRIBUTE_ID =
      Pattern.compile(
          "\\bid\\s*=\\s*(\"([^\"]*)\"|'([^']*)'|([^\\s>\"']+))", Pattern.CASE_INSENSITIVE);
  private static final Pattern IMG = Pattern.compile("<img\\b[^>]*>", Pattern.CASE_INSENSITIVE);
  private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
  private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][^>]*>");
  private static final Pattern SUMMARY =
      Pattern.compile(
          "<summary\\b[^>]*>.*?</summary\\s*>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  private HtmlScanner() {}

  /** An HTML heading element found in raw HTML; offsets are relative to the scanned text. */
  public record HtmlHeading(int level, Optional<String> id, String text, int start, int end) {}

  /** An {@code src} or {@code href} attribute value; offsets relative to the scanned text. */
  public record UrlAttribute(boolean image, String value, int start, int end) {}

  public static List<HtmlHeading> headings(String html) {
    List<HtmlHeading> found = new ArrayList<>();
    Matcher m = HEADING.matcher(html);
    while (m.find()) {
      Optional<String> id = Optional.empty();
      if (m.group(2) != null) {
        Matcher idMatcher = ATTRIBUTE_ID.matcher(m.group(2));
        if (idMatcher.find()) {
          id =
              Optional.of(firstNonNull(idMatcher.group(2), idMatcher.group(3), idMatcher.group(4)));
        }
      }
      found.add(
          new HtmlHeading(
              Integer.parseInt(m.group(1)), id, headingText(m.group(3)), m.start(), m.end()));
    }
    return found;
  }

  public static List<HtmlAnchor> anchors(String html) {
    List<HtmlAnchor> found = new ArrayList<>();
    Matcher m = ANCHOR_ATTRIBUTE.matcher(withoutComments(html));
    while (m.find()) {
      String value = firstNonNull(m.group(3), m.group(4), m.group(5));
      found.add(
          new HtmlAnchor(
              decodeEntities(value),
              m.group(1).toLowerCase(java.util.Locale.ROOT),
              m.start(),
              m.end()));
    }
    return found;
  }

  public static List<UrlAttribute> urls(String html) {
    List<UrlAttribute> found = new ArrayList<>();
    Matcher m = URL_ATTRIBUTE.matcher(withoutComments(html));
    while (m.find()) {
      boolean image = m.group(1).equalsIgnoreCase("img") && m.group(2).equalsIgnoreCase("src");
      boolean link = m.group(1).equalsIgnoreCase("a") && m.group(2).equalsIgnoreCase("href");
      if (image || link) {
        String value = firstNonNull(m.group(4), m.group(5), m.group(6));
        found.add(new UrlAttribute(image, decodeEntities(value), m.start(), m.end()));
      }
    }
    return found;
  }

  /** The HTML with its heading elements removed: what stands beside them in the same block. */
  public static String withoutHeadings(String html) {
    return HEADING.matcher(html).replaceAll("");
  }

  /** Comments replaced by spaces of the same length, so offsets stay valid. */
  public static String withoutComments(String html) {
    Matcher m = COMMENT.matcher(html);
    if (!m.find()) {
      return html;
    }
    StringBuilder out = new StringBuilder(html);
    do {
      for (int i = m.start(); i < m.end(); i++) {
        if (out.charAt(i) != '\n' && out.charAt(i) != '\r') {
          out.setCharAt(i, ' ');
        }
      }
    } while (m.find());
    return out.toString();
  }

  /**
   * The text a reader sees in a piece of HTML: no comments, no tags, no {@code <summary>} label,
   * entities decoded. An {@code <img>} counts as visible content and is kept as its tag.
   */
  public static String visibleText(String html) {
    String text = COMMENT.matcher(html).replaceAll("");
    text = SUMMARY.matcher(text).replaceAll("");
    Matcher tags = TAG.matcher(text);
    StringBuilder out = new StringBuilder();
    int last = 0;
    while (tags.find()) {
      out.append(text, last, tags.start());
      if (tags.group().regionMatches(true, 0, "<img", 0, 4)) {
        out.append(tags.group());
      }
      last = tags.end();
    }
    out.append(text.substring(last));
    return decodeEntities(out.toString());
  }

  /** The words a reader reads in a piece of HTML: {@link #visibleText} without its images. */
  public static String readableText(String html) {
    return visibleText(IMG.matcher(html).replaceAll(""));
  }

  /** A heading's shown text: like {@link #visibleText}, but an image is no text (a banner). */
  private static String headingText(String html) {
    return readableText(html).strip();
  }

  static String decodeEntities(String text) {
    if (text.indexOf('&') < 0) {
      return text;
    }
    return text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&nbsp;", "\u00a0")
        .replace("&amp;", "&");
  }

  private static String firstNonNull(String... values) {
    for (String value : values) {
      if (value != null) {
        return value;
      }
    }
    return "";
  }
}
