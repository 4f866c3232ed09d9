package io.github.qbanklint.core.bank;

import io.github.qbanklint.core.document.Document;
import java.util.function.Function;

/**
 * Shares a value derived from a document's bank model between rules: computed once per model
 * instance and owner class, kept in the document's memo.
 */
public final class BankMemo {
  private BankMemo() {}

  public static <T> T memo(
      Document document, BankModel bank, Class<?> owner, Function<Document, T> compute) {
    return document.memo(new Key(owner, bank), compute);
  }

  /** Equal for the same owner and the very same model instance. */
  private record Key(Class<?> owner, BankModel bank) {
    @Override
    public boolean equals(Object other) {
      return other instanceof Key k && k.owner == owner && k.bank == bank;
    }

    @Override
    public int hashCode() {
      return owner.hashCode() * 31 + System.identityHashCode(bank);
    }
  }
}
