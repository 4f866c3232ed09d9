package io.github.qbanklint.core.document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.commonmark.node.Node;

/**
 * Every node of a document's tree in document order (parents before their children), found by one
 * walk, with the nodes of each type. The document queries, the bank model and rules read these
 * lists instead of walking the tree again. A node's place in the order is its position; the nodes
 * below it are the positions from just after it to {@link #subtreeEnd}.
 */
public final class NodeIndex {
  private final Node[] nodes;
  private final int[] subtreeEnds;
  private final Map<Class<?>, Positions> positionsByClass;
  private final List<Node> blocks;
  private final Positions blockPositions;
  private final Map<Node, Integer> blockNumbers = new IdentityHashMap<>();
  private final Map<List<Class<?>>, List<Node>> selections = new ConcurrentHashMap<>();

  /** A block of more nodes than this is not scanned for a node's position. */
  private static final int SCANNED = 1024;

  /** Every node's position, for nodes of large blocks; built on first need. */
  private Map<Node, Integer> positionsByNode;

  private NodeIndex(Walk walk) {
    this.nodes = walk.nodes;
    this.subtreeEnds = walk.subtreeEnds;
    this.positionsByClass = walk.positionsByClass;
    this.blocks = List.copyOf(walk.blocks);
    this.blockPositions = walk.blockPositions;
    for (int i = 0; i < blocks.size(); i++) {
      blockNumbers.put(blocks.get(i), i);
    }
  }

  /** Indexes the tree under {@code root}, root included, in one walk. */
  public static NodeIndex of(Node root) {
    return new NodeIndex(new Walk(root));
  }

  /** The top-level blocks: the root's children, in document order. */
  public List<Node> blocks() {
    return blocks;
  }

  /** Which top-level block holds {@code node} (or is it), as an index into {@link #blocks}. */
  public int blockOf(Node node) {
    Node n = node;
    while (n.getParent() != null && n.getParent().getParent() != null) {
      n = n.getParent();
    }
    Integer number = blockNumbers.get(n);
    if (number == null) {
      throw new IllegalArgumentException("not a node of this document: " + node);
    }
    return number;
  }

  /** Every node of the given type or a subtype, in document order. */
  @SuppressWarnings("unchecked")
  public <T extends Node> List<T> of(Class<T> type) {
    return (List<T>) select(List.of(type));
  }

  /** Every node of either type (or a subtype), in document order. */
  public List<Node> of(Class<? extends Node> first, Class<? extends Node> second) {
    return select(List.of(first, second));
  }

  private List<Node> select(List<Class<?>> types) {
    return selections.computeIfAbsent(types, this::collect);
  }

  private List<Node> collect(List<Class<?>> types) {
    List<Positions> matching = new ArrayList<>();
    int count = 0;
    for (Map.Entry<Class<?>, Positions> entry : positionsByClass.entrySet()) {
      if (types.stream().anyMatch(t -> t.isAssignableFrom(entry.getKey()))) {
        matching.add(entry.getValue());
        count += entry.getValue().size;
      }
    }
    int[] positions = new int[count];
    int filled = 0;
    for (Positions p : matching) {
      System.arraycopy(p.values, 0, positions, filled, p.size);
      filled += p.size;
    }
    if (matching.size() > 1) {
      Arrays.sort(positions);
    }
    Node[] selected = new Node[count];
    for (int i = 0; i < count; i++) {
      selected[i] = nodes[positions[i]];
    }
    return Collections.unmodifiableList(Arrays.asList(selected));
  }

  /** The node at a position. */
  public Node node(int position) {
    return nodes[position];
  }

  /** The position just past the last node below the one at {@code position}. */
  public int subtreeEnd(int position) {
    return subtreeEnds[position];
  }

  /**
   * The position of a node: found from its top-level block, so cheap for blocks and near them; in a
   * block of more than {@value #SCANNED} nodes (a table or list of the whole file), from a map of
   * every node built on first need, as scanning such a block for each of its cells took time
   * growing with the square of its size.
   */
  public int position(Node node) {
    if (node.getParent() == null) {
      return 0;
    }
    int block = blockPositions.values[blockOf(node)];
    if (subtreeEnds[block] - block > SCANNED) {
      Integer position = positionsByNode().get(node);
      if (position == null) {
        throw new IllegalArgumentException("not a node of this document: " + node);
      }
      return position;
    }
    for (int p = block; p < subtreeEnds[block]; p++) {
      if (nodes[p] == node) {
        return p;
      }
    }
    throw new IllegalArgumentException("not a node of this document: " + node);
  }

  private synchronized Map<Node, Integer> positionsByNode() {
    if (positionsByNode == null) {
      int count = subtreeEnds[0];
      positionsByNode = new IdentityHashMap<>(count);
      for (int p = 0; p < count; p++) {
        positionsByNode.put(nodes[p], p);
      }
    }
    return positionsByNode;
  }

  /** The walk: pre-order, without recursion, as inline markup may nest deeply. */
  private static final class Walk {
    private Node[] nodes = new Node[256];
    private int[] subtreeEnds = new int[256];
    private int size;
    private final Map<Class<?>, Positions> positionsByClass = new HashMap<>();
    private final List<Node> blocks = new ArrayList<>();
    private final Positions blockPositions = new Positions();

    Walk(Node root) {
      Positions open = new Positions();
      Node node = root;
      while (node != null) {
        int position = add(node);
        if (node.getParent() == root) {
          blocks.add(node);
          blockPositions.add(position);
        }
        open.add(position);
        Node next = node.getFirstChild();
        while (next == null && open.size > 0) {
          subtreeEnds[open.values[--open.size]] = size;
          next = node == root ? null : node.getNext();
          node = next == null ? node.getParent() : node;
        }
        node = next;
      }
    }

    private int add(Node node) {
      int position = size++;
      if (position == nodes.length) {
        nodes = Arrays.copyOf(nodes, position * 2);
        subtreeEnds = Arrays.copyOf(subtreeEnds, position * 2);
      }
      nodes[position] = node;
      positionsByClass.computeIfAbsent(node.getClass(), c -> new Positions()).add(position);
      return position;
    }
  }

  /** A growable list of positions: the first {@code size} values. */
  private static final class Positions {
    private int[] values = new int[8];
    private int size;

    void add(int value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }
  }
}
