package io.github.qbanklint.core.api;

import java.util.Map;
import java.util.Set;

/**
 * The {@code math:} section: which Markdown renderer's delimiter rules decide what is math ({@code
 * github}, {@code remark}, {@code pandoc}, {@code vscode}), which TeX renderer checks it ({@code
 * katex}, {@code mathjax}), and macros the renderer is configured with.
 */
public record MathSettings(String profile, String renderer, Map<String, String> macros) {
  private static final Set<String> PROFILES = Set.of("github", "remark", "pandoc", "vscode");
  private static final Set<String> RENDERERS = Set.of("katex", "mathjax");

  public MathSettings {
    profile = profile == null ? "github" : profile;
    renderer = renderer == null ? "katex" : renderer;
    macros = macros == null ? Map.of() : Map.copyOf(macros);
    if (!PROFILES.contains(profile)) {
      throw new IllegalArgumentException(
          "unknown math profile '" + profile + "': use github, remark, pandoc or vscode");
    }
    if (!RENDERERS.contains(renderer)) {
      throw new IllegalArgumentException(
          "unknown math renderer '" + renderer + "': use katex or mathjax");
    }
  }

  public static MathSettings defaults() {
    return new MathSettings(null, null, null);
  }
}
