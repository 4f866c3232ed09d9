package io.github.qbanklint.core.remote;

/** Hears how a remote check advances: after every URL. */
@FunctionalInterface
public interface RemoteProgress {
  RemoteProgress NONE = tally -> {};

  void update(RemoteTally tally);
}
