package org.theorykit.jupyter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.dflib.jjava.jupyter.kernel.history.HistoryEntry;
import org.dflib.jjava.jupyter.kernel.history.HistoryManager;

/** The cells executed in this kernel's session (session 1, cells numbered from 1), for history requests. */
final class CellHistory implements HistoryManager {

    private static final int SESSION = 1;

    private final List<String> inputs = new ArrayList<>();

    synchronized void add(String input) {
        inputs.add(input);
    }

    @Override
    public synchronized List<HistoryEntry> lookupRange(int sessionOffset, int startCell, int endCell, Set<ResultFlag> flags) {
        List<HistoryEntry> entries = new ArrayList<>();
        if (sessionOffset != 0) {
            return entries;
        }
        int from = Math.max(1, startCell);
        int to = endCell <= 0 ? inputs.size() + 1 : Math.min(endCell, inputs.size() + 1);
        for (int cell = from; cell < to; cell++) {
            entries.add(entry(cell));
        }
        return entries;
    }

    @Override
    public synchronized List<HistoryEntry> lookupTail(int length, Set<ResultFlag> flags) {
        return lookupRange(0, inputs.size() - length + 1, inputs.size() + 1, flags);
    }

    @Override
    public synchronized List<HistoryEntry> search(String glob, int length, Set<ResultFlag> flags) {
        Pattern pattern = Pattern.compile(glob.replace("\\", "\\\\").replace(".", "\\.")
                .replace("*", ".*").replace("?", "."), Pattern.DOTALL);
        Map<String, HistoryEntry> found = new LinkedHashMap<>();
        for (int cell = 1; cell <= inputs.size(); cell++) {
            String input = inputs.get(cell - 1);
            if (pattern.matcher(input).matches()) {
                if (flags.contains(ResultFlag.UNIQUE)) {
                    found.remove(input);
                }
                found.put(flags.contains(ResultFlag.UNIQUE) ? input : cell + "", entry(cell));
            }
        }
        List<HistoryEntry> entries = new ArrayList<>(found.values());
        return length > 0 && entries.size() > length ? entries.subList(entries.size() - length, entries.size()) : entries;
    }

    private HistoryEntry entry(int cell) {
        return new HistoryEntry(SESSION, cell, inputs.get(cell - 1), null);
    }
}
