package io.github.qbanklint.core.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a key of {@code .qbank-lint.yml} may hold beyond its type, written on the record component
 * that binds it. The config loader checks every key a file sets against these before binding, so a
 * new key gets its checks by being annotated. On a list, a check applies to each element.
 */
public final class ConfigKey {
  private ConfigKey() {}

  /**
   * What a key means, for the configuration reference and the JSON Schema; {@code example} is a
   * value in YAML flow style that shows it better than the default does.
   */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.RECORD_COMPONENT)
  public @interface Doc {
    String value();

    String example() default "";
  }

  /**
   * Text that matches {@code regex} as a whole (a regex that reads the same in Java and in JSON
   * Schema); {@code means} says in words what it takes.
   */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.RECORD_COMPONENT)
  public @interface Matches {
    String regex();

    String means();
  }

  /** A whole number from {@code min} to {@code max}, both included. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.RECORD_COMPONENT)
  public @interface Range {
    long min();

    long max();
  }

  /** A duration as {@link DurationText} reads it, from {@code min} to {@code max} included. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.RECORD_COMPONENT)
  public @interface DurationRange {
    String min();

    String max();
  }

  /** A Java regular expression. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.RECORD_COMPONENT)
  public @interface Regex {}

  /** A glob of files, as {@code include} and {@code exclude} take them. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.RECORD_COMPONENT)
  public @interface Glob {}

  /** One of the listed values, as written. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.RECORD_COMPONENT)
  public @interface OneOf {
    String[] value();
  }

  /**
   * A file path, relative to the config file's directory. A config found in the repository may only
   * name a file inside that directory, symbolic links followed; a config named by the user may name
   * any file.
   */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.RECORD_COMPONENT)
  public @interface WorkspacePath {}

  /**
   * A switch that widens what a run touches. A config found in the repository may not turn it on;
   * {@link #instead} says where the user turns it on.
   */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.RECORD_COMPONENT)
  public @interface TrustedOnly {
    String instead();
  }
}
