package dev.claimdesk.ui;

import dev.claimdesk.domain.Claim;
import dev.claimdesk.domain.ClaimKind;
import dev.claimdesk.domain.RedFlag;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.swing.table.AbstractTableModel;

/** The claims of one article, in text order. */
final class ClaimTableModel extends AbstractTableModel {
    private static final String[] COLUMNS = {"#", "Score", "State", "Kinds", "Red flags", "Claim", "Claimant"};
    private List<Claim> claims = new ArrayList<>();

    void setClaims(List<Claim> newClaims) {
        claims = new ArrayList<>(newClaims);
        fireTableDataChanged();
    }

    /** Replaces one claim after a change and repaints only its row. */
    int update(Claim changed) {
        for (int i = 0; i < claims.size(); i++) {
            if (claims.get(i).id() == changed.id()) {
                claims.set(i, changed);
                fireTableRowsUpdated(i, i);
                return i;
            }
        }
        return -1;
    }

    Claim claimAt(int row) {
        return claims.get(row);
    }

    int rowOfOffset(int offset) {
        for (int i = 0; i < claims.size(); i++) {
            Claim c = claims.get(i);
            if (offset >= c.startOffset() && offset < c.endOffset()) {
                return i;
            }
        }
        return -1;
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
        return column == 0 ? Integer.class : column == 1 ? Double.class : String.class;
    }

    @Override
    public Object getValueAt(int row, int column) {
        Claim c = claims.get(row);
        return switch (column) {
            case 0 -> c.position();
            case 1 -> c.checkworthiness();
            case 2 -> c.state().label();
            case 3 -> c.kinds().stream().sorted().map(ClaimKind::label).collect(Collectors.joining(", "));
            case 4 ->
                c.flags().stream()
                        .map(RedFlag::code)
                        .map(code -> code.toLowerCase(Locale.ROOT).replace('_', ' '))
                        .distinct()
                        .collect(Collectors.joining(", "));
            case 5 -> c.text();
            default -> c.claimant() == null ? "" : c.claimant();
        };
    }
}
