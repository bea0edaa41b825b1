package dev.claimdesk.ui;

import dev.claimdesk.domain.Claim;
import dev.claimdesk.domain.ClaimKind;
import dev.claimdesk.domain.VerdictLabel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.swing.table.AbstractTableModel;

/** The claims of one article. Changes replace single rows; only a new article reloads the table. */
final class ClaimTableModel extends AbstractTableModel {
    static final int POSITION = 0;
    static final int SCORE = 1;
    static final int TEXT = 2;
    static final int KINDS = 3;
    static final int FLAGS = 4;
    static final int STATE = 5;
    static final int VERDICT = 6;
    static final int ASSIGNEE = 7;
    private static final String[] COLUMNS = {"#", "Score", "Claim", "Kinds", "Flags", "State", "Verdict", "Assignee"};

    private List<Claim> claims = new ArrayList<>();
    private final Map<Long, Integer> rowById = new HashMap<>();
    private Map<Long, VerdictLabel> labels = Map.of();
    private Map<Long, String> blindProgress = Map.of();

    void setClaims(List<Claim> newClaims) {
        claims = new ArrayList<>(newClaims);
        reindex();
        fireTableDataChanged();
    }

    void setLabels(Map<Long, VerdictLabel> byId) {
        labels = Map.copyOf(byId);
        if (!claims.isEmpty()) {
            fireTableRowsUpdated(0, claims.size() - 1);
        }
    }

    /** "1 of 2 verdicts" / "awaiting adjudication" per claim of a blind article (decision 0027). */
    void setBlindProgress(Map<Long, String> progress) {
        blindProgress = Map.copyOf(progress);
        if (!claims.isEmpty()) {
            fireTableRowsUpdated(0, claims.size() - 1);
        }
    }

    VerdictLabel label(Long id) {
        return id == null ? null : labels.get(id);
    }

    private void reindex() {
        rowById.clear();
        for (int i = 0; i < claims.size(); i++) {
            rowById.put(claims.get(i).id(), i);
        }
    }

    /** Replaces one claim after a change, or appends a new one; repaints only that row. */
    int update(Claim changed) {
        Integer row = rowById.get(changed.id());
        if (row == null) {
            claims.add(changed);
            int added = claims.size() - 1;
            rowById.put(changed.id(), added);
            fireTableRowsInserted(added, added);
            return added;
        }
        claims.set(row, changed);
        fireTableRowsUpdated(row, row);
        return row;
    }

    int rowOf(long claimId) {
        return rowById.getOrDefault(claimId, -1);
    }

    Claim claimAt(int row) {
        return claims.get(row);
    }

    /** The claim whose span holds the offset (the innermost if spans nest), or -1; dismissed claims last. */
    int rowOfOffset(int offset) {
        int best = -1;
        for (int i = 0; i < claims.size(); i++) {
            Claim c = claims.get(i);
            if (offset >= c.startOffset() && offset < c.endOffset()) {
                boolean dismissed = c.state() == dev.claimdesk.domain.ClaimState.DISMISSED;
                if (best < 0 || !dismissed && claims.get(best).state() == dev.claimdesk.domain.ClaimState.DISMISSED) {
                    best = i;
                }
            }
        }
        return best;
    }

    List<Claim> claims() {
        return claims;
    }

    @Override
    public int getRowCount() {
        return claims.size();
    }

    @Override
    public int getColumnCount() {
        return COLUMNS.length;
    }

    @Override
    public String getColumnName(int column) {
        return COLUMNS[column];
    }

    @Override
    public Class<?> getColumnClass(int column) {
        return switch (column) {
            case POSITION -> Integer.class;
            case SCORE -> Double.class;
            case FLAGS -> List.class;
            default -> String.class;
        };
    }

    @Override
    public Object getValueAt(int row, int column) {
        Claim c = claims.get(row);
        return switch (column) {
            case POSITION -> c.position();
            case SCORE -> c.checkworthiness();
            case TEXT -> c.text();
            case KINDS -> c.kinds().stream().sorted().map(ClaimKind::label).collect(Collectors.joining(", "));
            case FLAGS -> dev.claimdesk.domain.RedFlag.warnings(c.flags());
            case STATE -> {
                String blind = blindProgress.get(c.id());
                boolean open = c.state() == dev.claimdesk.domain.ClaimState.OPEN
                        || c.state() == dev.claimdesk.domain.ClaimState.IN_RESEARCH;
                yield blind == null || !open ? c.state().label() : c.state().label() + " · " + blind;
            }
            case VERDICT -> {
                VerdictLabel l = label(c.verdictLabelId());
                yield l == null ? "" : l.name();
            }
            default -> c.assignee() == null ? "" : c.assignee();
        };
    }
}
