package io.github.qbanklint.core.api;

import java.util.Map;

/**
 * The {@code math:} section: which Markdown renderer's delimiter rules decide what is math ({@code
 * github}, {@code remark}, {@code pandoc}, {@code vscode}), which TeX renderer checks it ({@code
 * katex}, {@code mathjax}), and macros the renderer is configured with.
 */
public record MathSettings(
    @ConfigKey.Doc(
            value = "The Markdown renderer whose delimiter rules decide what is math.",
            example = "pandoc")
        @ConfigKey.OneOf({"github", "remark", "pandoc", "vscode"})
        String profile,
    @ConfigKey.Doc(value = "The TeX renderer that checks the math.", example = "mathjax")
        @ConfigKey.OneOf({"katex", "mathjax"})
        String renderer,
    @ConfigKey.Doc(
            value = "Macros the renderer is configured with: name to definition.",
            example = "{\"\\\\R\": \"\\\\mathbb{R}\"}")
        Map<String, String> macros) {

  /** Fills in the defaults; the config loader has checked every value a file set. */
  public MathSettings {
    profile = profile == null ? "github" : profile;
    renderer = renderer == null ? "katex" : renderer;
    macros = macros == null ? Map.of() : Map.copyOf(macros);
  }

  public static MathSettings defaults() {
    return new MathSettings(null, null, null);
  }
}
