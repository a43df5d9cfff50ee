package stancegraph.neo4j;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

import org.neo4j.procedure.Description;
import org.neo4j.procedure.Name;
import org.neo4j.procedure.UserFunction;

/**
 * The pair step of DNA's one-mode actor network (cypher/network/actor-pairs-function.fragment.cypher
 * calls it; docs/networks.md has the formulas). It computes exactly what the plain-Cypher step
 * (actor-pairs-cypher) computes, with the same sums, filter, order and evidence, so the two give
 * identical answers; a test holds them to that.
 *
 * <p>Why it exists: per topic, the Cypher step makes one row per pair of actors who spoke on it,
 * 1.75 million rows at 100k statements (500 actors, 30 topics), which Neo4j Community's
 * interpreted runtime needs seconds for. Here each pair is one merge of two short sorted cell lists. The function
 * reads only the rows Cypher aggregated from the graph, in the same transaction, and touches no
 * store; the embedded Neo4j registers it at start (EmbeddedNeo4j), and on a Neo4j without it the
 * app runs the Cypher step instead.
 */
public final class ActorPairs {
    /** One actor's cell: a topic (by rank) with its x_ijk per level and the statements (by rank) behind each. */
    private record Cell(int topic, long[] v, int[][] ids) {}

    /** An edge before its evidence: the two actors (by rank, source first) and its sums. */
    private record Pair(int source, int target, double weight, double congruence, double conflict, long cooccurrence) {}

    @UserFunction("stancegraph.network.actorPairs")
    @Description("The weighted edges of DNA's actor network from per-actor cells; stancegraph's network queries call it.")
    public Map<String, Object> actorPairs(
            @Name("actors") List<Map<String, Object>> actors,
            @Name("aggregation") String aggregation,
            @Name("normalization") String normalization,
            @Name("minWeight") double minWeight,
            @Name("maxEdges") long maxEdges,
            @Name("evidence") boolean evidence,
            @Name("kernel") List<List<Number>> kernel,
            @Name("idsPerEdge") long idsPerEdge,
            @Name("maxListedIds") long maxListedIds) {
        Cells cells = new Cells(actors, evidence);
        int n = cells.actorId.length;
        List<Pair> found = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                Pair pair = weigh(i, j, cells.of[i], cells.of[j], cells.activity, aggregation, normalization);
                if (pair != null && pair.weight() != 0 && Math.abs(pair.weight()) >= minWeight) found.add(pair);
            }
        }
        found.sort(Comparator.comparingDouble((Pair p) -> -Math.abs(p.weight()))
                .thenComparingInt(Pair::source)
                .thenComparingInt(Pair::target));

        double[][] factor = new double[3][3];
        for (int p = 0; evidence && p < 3; p++) {
            for (int q = 0; q < 3; q++) factor[p][q] = kernel.get(p).get(q).doubleValue();
        }
        int[] seenAt = new int[cells.statementId.length];
        Arrays.fill(seenAt, -1);
        int kept = (int) Math.min(found.size(), Math.max(0, maxEdges));
        // Two passes: the counts first, to refuse an answer too large before building any of it;
        // the lists behind an edge are cheap to find again, and not kept for every edge at once.
        long[] counts = new long[kept];
        for (int e = 0; e < kept; e++) counts[e] = evidence ? countDistinct(behind(shared(found.get(e), cells), factor), seenAt, e) : 0;
        checkListed(counts, idsPerEdge, maxListedIds);
        List<Map<String, Object>> edges = new ArrayList<>();
        for (int e = 0; e < kept; e++) {
            List<Cell[]> shared = shared(found.get(e), cells);
            edges.add(edge(found.get(e), cells, shared, evidence ? behind(shared, factor) : List.of(), counts[e], idsPerEdge));
        }
        Map<String, Object> result = new HashMap<>();
        result.put("edgeCount", (long) found.size());
        result.put("edges", edges);
        return result;
    }

    /**
     * The cells as the function reads them. Actors, topics and statements are ranked by id in
     * code-point order, the order of Cypher's ORDER BY on strings: comparing ranks then orders
     * edges and statement ids as the Cypher step does (source before target, ids ascending).
     */
    private static final class Cells {
        final String[] actorId;
        final long[] activity;
        final String[] topicId;
        final String[] statementId;
        /** Each actor's cells, by actor rank, sorted by topic rank. */
        final Cell[][] of;

        Cells(List<Map<String, Object>> actors, boolean evidence) {
            int n = actors.size();
            List<Map<String, Object>> ranked = new ArrayList<>(actors);
            ranked.sort((x, y) -> compareCodePoints((String) x.get("id"), (String) y.get("id")));
            actorId = new String[n];
            activity = new long[n];
            Set<String> topics = new HashSet<>();
            Set<String> statements = new HashSet<>();
            for (int r = 0; r < n; r++) {
                actorId[r] = (String) ranked.get(r).get("id");
                activity[r] = ((Number) ranked.get(r).get("activity")).longValue();
                for (Map<String, Object> cell : cellsOf(ranked.get(r))) {
                    topics.add((String) cell.get("t"));
                    // The ids come only when the evidence is asked for (empty lists otherwise).
                    for (Object level : (List<?>) cell.get("ids")) {
                        for (Object id : (List<?>) level) statements.add((String) id);
                    }
                }
            }
            topicId = sorted(topics);
            statementId = sorted(statements);
            Map<String, Integer> topicRank = rank(topicId);
            Map<String, Integer> statementRank = rank(statementId);
            of = new Cell[n][];
            for (int r = 0; r < n; r++) {
                List<Map<String, Object>> raw = cellsOf(ranked.get(r));
                Cell[] own = new Cell[raw.size()];
                for (int c = 0; c < own.length; c++) {
                    Map<String, Object> cell = raw.get(c);
                    List<?> v = (List<?>) cell.get("v");
                    long[] counts = {((Number) v.get(0)).longValue(), ((Number) v.get(1)).longValue(), ((Number) v.get(2)).longValue()};
                    int[][] levelIds = new int[3][0];
                    List<?> levels = (List<?>) cell.get("ids");
                    for (int p = 0; evidence && p < 3; p++) {
                        List<?> list = (List<?>) levels.get(p);
                        levelIds[p] = new int[list.size()];
                        for (int k = 0; k < list.size(); k++) levelIds[p][k] = statementRank.get((String) list.get(k));
                        Arrays.sort(levelIds[p]);
                    }
                    own[c] = new Cell(topicRank.get((String) cell.get("t")), counts, levelIds);
                }
                Arrays.sort(own, Comparator.comparingInt(Cell::topic));
                of[r] = own;
            }
        }
    }

    /**
     * Refuses an answer that would list more statement ids than `maxListedIds`, before it is
     * built: the ids are Java objects outside Neo4j's memory accounting, and enough of them
     * (every edge of a large network with thousands of ids each) would exhaust the heap of the
     * whole database. The message names the largest `idsPerEdge` that fits; the app shows it.
     */
    private static void checkListed(long[] counts, long idsPerEdge, long maxListedIds) {
        long listed = 0;
        for (long count : counts) listed += Math.min(count, idsPerEdge);
        if (listed <= maxListedIds) return;
        long fits = 0;
        for (long low = 0, high = idsPerEdge; low <= high; ) {
            long mid = (low + high) >>> 1;
            long total = 0;
            for (long count : counts) total += Math.min(count, mid);
            if (total <= maxListedIds) {
                fits = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        throw new IllegalArgumentException(String.format(Locale.ROOT,
                "The network would list %,d statement ids on its %,d edges, more than the %,d one answer may carry; ask for idsPerEdge %,d or fewer (now %,d), fewer edges, or a narrower filter.",
                listed, counts.length, maxListedIds, fits, idsPerEdge));
    }

    /**
     * The cells of an edge's two actors on the topics both spoke on, as {source's, target's}, in
     * topic order. For the kept edges only: the pair loop (weigh) walks the same merge inline,
     * since it runs for every pair of actors and allocates nothing.
     */
    private static List<Cell[]> shared(Pair pair, Cells cells) {
        List<Cell[]> both = new ArrayList<>();
        Cell[] a = cells.of[pair.source()];
        Cell[] b = cells.of[pair.target()];
        for (int x = 0, y = 0; x < a.length && y < b.length; ) {
            if (a[x].topic() < b[y].topic()) {
                x++;
            } else if (a[x].topic() > b[y].topic()) {
                y++;
            } else {
                both.add(new Cell[] {a[x++], b[y++]});
            }
        }
        return both;
    }

    /** The statements (as sorted rank lists) behind an edge: those of both actors, on the topics they share, in stance pairs the kernel gives a non-zero factor. */
    private static List<int[]> behind(List<Cell[]> shared, double[][] factor) {
        List<int[]> lists = new ArrayList<>();
        for (Cell[] cell : shared) {
            Cell a = cell[0];
            Cell b = cell[1];
            for (int p = 0; p < 3; p++) {
                // A level of one actor counts when the other has a level it pairs with under the
                // kernel, as in the Cypher step.
                if (a.v()[p] > 0 && pairs(b.v(), factor, p, false)) lists.add(a.ids()[p]);
                if (b.v()[p] > 0 && pairs(a.v(), factor, p, true)) lists.add(b.ids()[p]);
            }
        }
        return lists;
    }

    /** A kept edge as the query returns it, with the topics the two share and the first `idsPerEdge` statements behind it. */
    private static Map<String, Object> edge(Pair pair, Cells cells, List<Cell[]> shared, List<int[]> behind, long statementCount, long idsPerEdge) {
        Map<String, Object> edge = new LinkedHashMap<>();
        edge.put("source", cells.actorId[pair.source()]);
        edge.put("target", cells.actorId[pair.target()]);
        edge.put("weight", pair.weight());
        edge.put("congruence", pair.congruence());
        edge.put("conflict", pair.conflict());
        edge.put("cooccurrence", pair.cooccurrence());
        List<String> topics = new ArrayList<>();
        for (Cell[] cell : shared) topics.add(cells.topicId[cell[0].topic()]);
        edge.put("topics", topics);
        edge.put("statementCount", statementCount);
        List<String> listed = new ArrayList<>();
        for (int rank : smallestDistinct(behind, idsPerEdge)) listed.add(cells.statementId[rank]);
        edge.put("statementIds", listed);
        return edge;
    }

    /** The edge between actors i and j from their cells (both sorted by topic), or null when they share no topic. */
    private static Pair weigh(int i, int j, Cell[] a, Cell[] b, long[] activity, String aggregation, String normalization) {
        double congruence = 0;
        double conflict = 0;
        long cooccurrence = 0;
        long m11 = 0;
        long sourceShared = 0;
        long targetShared = 0;
        boolean met = false;
        for (int x = 0, y = 0; x < a.length && y < b.length; ) {
            if (a[x].topic() < b[y].topic()) {
                x++;
                continue;
            }
            if (a[x].topic() > b[y].topic()) {
                y++;
                continue;
            }
            met = true;
            long[] v = a[x].v();
            long[] w = b[y].v();
            // The same terms as the Cypher step, integers first, so both sum the same doubles.
            long half = v[0] * w[1] + v[1] * w[0] + v[1] * w[2] + v[2] * w[1];
            congruence += (v[0] * w[0] + v[1] * w[1] + v[2] * w[2]) + 0.5 * half;
            conflict += (v[0] * w[2] + v[2] * w[0]) + 0.5 * half;
            cooccurrence += (v[0] + v[1] + v[2]) * (w[0] + w[1] + w[2]);
            for (int p = 0; p < 3; p++) {
                if (v[p] > 0 && w[p] > 0) {
                    m11 += v[p] * w[p];
                    sourceShared += v[p];
                    targetShared += w[p];
                }
            }
            x++;
            y++;
        }
        if (!met) return null;
        double weight = switch (aggregation) {
            case "CONGRUENCE" -> congruence;
            case "CONFLICT" -> conflict;
            case "SUBTRACT" -> congruence - conflict;
            default -> (double) cooccurrence;
        };
        double by = switch (normalization) {
            case "AVERAGE" -> (activity[i] + activity[j]) / 2.0;
            case "JACCARD" -> (double) (m11 + activity[i] - sourceShared + activity[j] - targetShared);
            case "COSINE" -> (double) activity[i] * activity[j];
            default -> 1.0;
        };
        return new Pair(i, j, weight / by, congruence, conflict, cooccurrence);
    }

    /** Whether level p meets a level of `other` with a non-zero factor (`transposed`: p is the kernel's column). */
    private static boolean pairs(long[] other, double[][] factor, int p, boolean transposed) {
        double sum = 0;
        for (int q = 0; q < 3; q++) sum += other[q] * (transposed ? factor[q][p] : factor[p][q]);
        return sum > 0;
    }

    /** How many distinct ranks the lists hold; `seenAt` marks each rank with the edge that counted it last. */
    private static long countDistinct(List<int[]> lists, int[] seenAt, int edge) {
        long count = 0;
        for (int[] list : lists) {
            for (int id : list) {
                if (seenAt[id] != edge) {
                    seenAt[id] = edge;
                    count++;
                }
            }
        }
        return count;
    }

    /**
     * The `limit` smallest distinct ranks of the lists (each sorted), ascending: a merge that stops
     * once it has them, since an edge between two busy actors stands on thousands of statements
     * and lists only the first.
     */
    private static List<Integer> smallestDistinct(List<int[]> lists, long limit) {
        // Heap entries: {value, list, position}.
        PriorityQueue<int[]> heads = new PriorityQueue<>(Comparator.comparingInt((int[] h) -> h[0]));
        for (int l = 0; l < lists.size(); l++) {
            if (lists.get(l).length > 0) heads.add(new int[] {lists.get(l)[0], l, 0});
        }
        List<Integer> out = new ArrayList<>();
        while (out.size() < limit && !heads.isEmpty()) {
            int[] head = heads.poll();
            if (out.isEmpty() || out.get(out.size() - 1) != head[0]) out.add(head[0]);
            int[] list = lists.get(head[1]);
            if (head[2] + 1 < list.length) heads.add(new int[] {list[head[2] + 1], head[1], head[2] + 1});
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> cellsOf(Map<String, Object> actor) {
        return (List<Map<String, Object>>) actor.get("cells");
    }

    private static String[] sorted(Set<String> values) {
        String[] out = values.toArray(new String[0]);
        Arrays.sort(out, ActorPairs::compareCodePoints);
        return out;
    }

    private static Map<String, Integer> rank(String[] sorted) {
        Map<String, Integer> ranks = new HashMap<>(sorted.length * 2);
        for (int k = 0; k < sorted.length; k++) ranks.put(sorted[k], k);
        return ranks;
    }

    /** Strings in Unicode code-point order, as Neo4j orders them (String.compareTo orders UTF-16 units). */
    static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int x = a.codePointAt(i);
            int y = b.codePointAt(j);
            if (x != y) return Integer.compare(x, y);
            i += Character.charCount(x);
            j += Character.charCount(y);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
