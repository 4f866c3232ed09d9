package io.github.qbanklint.core.api;

import java.util.List;
import java.util.Map;

/** The effective options of one rule: configured values over the declared defaults. */
public final class RuleOptions {
  private final Map<String, Object> values;

  public RuleOptions(Map<String, Object> values) {
    this.values = Map.copyOf(values);
  }

  /** Every option by name, for fingerprinting the configuration. */
  public Map<String, Object> values() {
    return values;
  }

  public boolean getBoolean(String name) {
    return (Boolean) require(name);
  }

  public int getInt(String name) {
    return ((Number) require(name)).intValue();
  }

  public double getDouble(String name) {
    return ((Number) require(name)).doubleValue();
  }

  public String getString(String name) {
    return (String) require(name);
  }

  @SuppressWarnings("unchecked")
  public List<String> getStringList(String name) {
    return (List<String>) require(name);
  }

  private Object require(String name) {
    Object value = values.get(name);
    if (value == null) {
      throw new IllegalArgumentException("rule option '" + name + "' is not declared");
    }
    return value;
  }
}
