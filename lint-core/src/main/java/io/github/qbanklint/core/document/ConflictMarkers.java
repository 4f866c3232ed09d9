package io.github.qbanklint.core.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.commonmark.node.FencedCodeBlock;

/**
 * The merge-conflict markers git leaves in a file it could not merge, read from raw lines outside
 * fenced code: {@code <<<<<<< ours}, {@code ||||||| base} (the diff3 style), {@code =======} and
 * {@code >>>>>>> theirs}, each at the start of its line with exactly seven characters and then a
 * space and a label, or nothing but spaces.
 *
 * <p>A conflict region runs from a {@code <<<<<<<} line to the next {@code >>>>>>>} line. Its
 * {@code |||||||} and {@code =======} lines are markers only inside a region: elsewhere {@code
 * =======} is a setext heading's underline and {@code |||||||} a table row. A {@code <<<<<<<} or
 * {@code >>>>>>>} line without its partner is still a marker. The bank model can ask {@link
 * #inRegion} so that a {@code =======} between markers is not read as a heading underline, and the
 * {@code merge-conflict-marker} rule reports {@link #markers}: both read the same scan.
 */
public final class ConflictMarkers {
  private static final int MARKER_LENGTH = 7;
  private static final ConflictMarkers NONE = new ConflictMarkers(List.of(), List.of());

  /** The four marker lines, by the character they repeat. */
  public enum Kind {
    /** {@code <<<<<<<}: the start of a conflict, before our side. */
    START('<'),
    /** {@code |||||||}: the common ancestor's text follows (diff3 style). */
    BASE('|'),
    /** {@code =======}: their side follows. */
    SEPARATOR('='),
    /** {@code >>>>>>>}: the end of a conflict. */
    END('>');

    private static final Kind[] ALL = values();

    private final String text;

    Kind(char character) {
      this.text = String.valueOf(character).repeat(MARKER_LENGTH);
    }

    /** The marker as git writes it, without its label. */
    public String text() {
      return text;
    }
  }

  /**
   * A conflict: the lines from its {@code <<<<<<<} marker to its {@code >>>>>>>} marker, both
   * included (1-based).
   */
  public record Region(int firstLine, int lastLine) {
    public boolean contains(int line) {
      return line >= firstLine && line <= lastLine;
    }
  }

  /**
   * One marker line.
   *
   * @param line 1-based line
   * @param start offset of the line's first character
   * @param end offset just past the line's last character, before its line break
   * @param region the conflict it belongs to; empty for a {@code <<<<<<<} or {@code >>>>>>>}
   *     without its partner
   */
  public record Marker(Kind kind, int line, int start, int end, Optional<Region> region) {
    private Marker within(Region conflict) {
      return new Marker(kind, line, start, end, Optional.of(conflict));
    }
  }

  private final List<Marker> markers;
  private final List<Region> regions;

  private ConflictMarkers(List<Marker> markers, List<Region> regions) {
    this.markers = List.copyOf(markers);
    this.regions = List.copyOf(regions);
  }

  /** The markers and regions of a document, computed once per document. */
  public static ConflictMarkers of(Document document) {
    return document.memo(ConflictMarkers.class, ConflictMarkers::scan);
  }

  /** Every marker line, in document order. */
  public List<Marker> markers() {
    return markers;
  }

  /** Every conflict region, in document order. */
  public List<Region> regions() {
    return regions;
  }

  /** Whether a 1-based line lies inside a conflict region, its marker lines included. */
  public boolean inRegion(int line) {
    return regions.stream().anyMatch(r -> r.contains(line));
  }

  private static ConflictMarkers scan(Document document) {
    String text = document.text();
    // Without a start or end marker there is no region, so no marker at all: skip the line scan.
    if (!text.contains(Kind.START.text()) && !text.contains(Kind.END.text())) {
      return NONE;
    }
    List<int[]> fences = fenceLines(document);
    LineIndex lines = document.lineIndex();
    List<Marker> markers = new ArrayList<>();
    List<Region> regions = new ArrayList<>();
    List<Marker> pending = new ArrayList<>();
    Marker open = null;
    for (int line = 1; line <= lines.lineCount(); line++) {
      Optional<Kind> kind = kindOf(text, lines.lineStart(line), lines.lineEnd(line));
      if (kind.isEmpty() || inFence(fences, line)) {
        continue;
      }
      Marker marker =
          new Marker(
              kind.get(), line, lines.lineStart(line), lines.lineEnd(line), Optional.empty());
      switch (kind.get()) {
        case START -> {
          if (open != null) {
            markers.add(open);
          }
          open = marker;
          pending.clear();
        }
        case BASE, SEPARATOR -> {
          if (open != null) {
            pending.add(marker);
          }
        }
        case END -> {
          if (open == null) {
            markers.add(marker);
          } else {
            Region region = new Region(open.line(), line);
            regions.add(region);
            markers.add(open.within(region));
            pending.forEach(m -> markers.add(m.within(region)));
            markers.add(marker.within(region));
            open = null;
            pending.clear();
          }
        }
      }
    }
    if (open != null) {
      markers.add(open);
    }
    markers.sort(Comparator.comparingInt(Marker::line));
    return new ConflictMarkers(markers, regions);
  }

  /** The marker a line is, when it is one: seven marker characters, then a label or nothing. */
  private static Optional<Kind> kindOf(String text, int start, int end) {
    if (end - start < MARKER_LENGTH) {
      return Optional.empty();
    }
    for (Kind kind : Kind.ALL) {
      if (text.startsWith(kind.text(), start)) {
        int after = start + MARKER_LENGTH;
        boolean labelled = kind != Kind.SEPARATOR && after < end && isBlank(text.charAt(after));
        return labelled || text.substring(after, end).isBlank()
            ? Optional.of(kind)
            : Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t';
  }

  private static boolean inFence(List<int[]> fences, int line) {
    return fences.stream().anyMatch(f -> line >= f[0] && line <= f[1]);
  }

  /** The first and last lines of every fenced code block, fences included. */
  private static List<int[]> fenceLines(Document document) {
    List<int[]> ranges = new ArrayList<>();
    for (FencedCodeBlock fence : document.nodes().of(FencedCodeBlock.class)) {
      int start = Document.startOffset(fence);
      if (start >= 0) {
        int end = Math.max(start, Document.endOffset(fence) - 1);
        ranges.add(new int[] {document.line(start), document.line(end)});
      }
    }
    return ranges;
  }
}
