package dev.claimdesk.ui;

import dev.claimdesk.domain.Claim;
import dev.claimdesk.domain.ClaimFilter;
import dev.claimdesk.domain.ClaimKind;
import dev.claimdesk.domain.ClaimState;
import dev.claimdesk.domain.RedFlag;
import dev.claimdesk.domain.VerdictLabel;
import java.awt.Component;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.swing.DefaultComboBoxModel;
import javax.swing.JComboBox;

/**
 * The queue's filter choices (state, kind, red flag, verdict, assignee) as combo boxes, offering
 * what the article's claims have; together they make one {@link ClaimFilter}.
 */
final class QueueFilters {
    static final String ALL = "All";

    final JComboBox<Object> state = new JComboBox<>();
    final JComboBox<Object> kind = new JComboBox<>();
    final JComboBox<Object> flag = new JComboBox<>();
    final JComboBox<Object> verdict = new JComboBox<>();
    final JComboBox<Object> assignee = new JComboBox<>();
    private final Runnable changed;
    private List<VerdictLabel> knownLabels = List.of();
    private boolean rebuilding;

    /** @param changed told when the user picks another choice */
    QueueFilters(Runnable changed) {
        this.changed = changed;
        name(state, "filterState", "State", "Show claims in this state");
        name(kind, "filterKind", "Kind", "Show claims of this kind");
        name(flag, "filterFlag", "Flag", "Show claims with this red flag");
        name(verdict, "filterVerdict", "Verdict", "Show claims with this verdict");
        name(assignee, "filterAssignee", "Assignee", "Show claims assigned to this reviewer");
        rebuilding = true;
        try {
            List<Object> states = new ArrayList<>(List.of(ALL, Choice.TO_DO));
            states.addAll(List.of(ClaimState.values()));
            refill(state, states);
            List<Object> kinds = new ArrayList<>(List.of(ALL));
            kinds.addAll(List.of(ClaimKind.values()));
            refill(kind, kinds);
        } finally {
            rebuilding = false;
        }
    }

    List<JComboBox<Object>> boxes() {
        return List.of(state, kind, flag, verdict, assignee);
    }

    private void name(JComboBox<Object> box, String name, String title, String tip) {
        box.setName(name);
        box.setToolTipText(tip);
        box.setRenderer(new FilterRenderer(title));
        box.addActionListener(e -> {
            if (!rebuilding) {
                changed.run();
            }
        });
    }

    void setScaleLabels(List<VerdictLabel> labels) {
        knownLabels = List.copyOf(labels);
    }

    /** Offers the red flags and assignees the claims have; a choice that still exists stays chosen. */
    void offerChoicesOf(List<Claim> claims) {
        Set<String> flags = claims.stream()
                .flatMap(c -> RedFlag.warnings(c.flags()).stream())
                .map(RedFlag::code)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> people = claims.stream()
                .map(Claim::assignee)
                .filter(Objects::nonNull)
                .collect(Collectors.toCollection(TreeSet::new));
        List<Object> flagChoices = new ArrayList<>(List.of(ALL, Choice.ANY_FLAG, Choice.NO_FLAG));
        flagChoices.addAll(flags);
        List<Object> verdictChoices = new ArrayList<>(List.of(ALL, Choice.NO_VERDICT));
        verdictChoices.addAll(knownLabels);
        List<Object> assigneeChoices = new ArrayList<>(List.of(ALL, Choice.UNASSIGNED));
        assigneeChoices.addAll(people);
        rebuilding = true;
        try {
            refill(flag, flagChoices);
            refill(verdict, verdictChoices);
            refill(assignee, assigneeChoices);
        } finally {
            rebuilding = false;
        }
    }

    private static void refill(JComboBox<Object> box, List<Object> choices) {
        Object was = box.getSelectedItem();
        box.setModel(new DefaultComboBoxModel<>(choices.toArray()));
        box.setSelectedItem(was != null && choices.contains(was) ? was : ALL);
    }

    /** Every box back to "All", without telling. */
    void clear() {
        rebuilding = true;
        try {
            boxes().forEach(b -> b.setSelectedItem(ALL));
        } finally {
            rebuilding = false;
        }
    }

    /** The filter the choices make (the search runs in the index; its hits come separately). */
    ClaimFilter current() {
        Object st = state.getSelectedItem();
        Object kd = kind.getSelectedItem();
        Set<ClaimState> states =
                st == Choice.TO_DO ? ClaimFilter.TO_DO : st instanceof ClaimState cs ? Set.of(cs) : Set.of();
        return ClaimFilter.ALL
                .withStates(states)
                .withKind(kd instanceof ClaimKind k ? k : null)
                .withFlag(choice(flag.getSelectedItem(), Choice.ANY_FLAG, Choice.NO_FLAG, String.class))
                .withVerdict(verdictChoice(verdict.getSelectedItem()))
                .withAssignee(choice(assignee.getSelectedItem(), null, Choice.UNASSIGNED, String.class));
    }

    private static <T> ClaimFilter.Choice<T> choice(Object picked, Choice some, Choice none, Class<T> type) {
        if (picked == some) {
            return ClaimFilter.Choice.some();
        }
        if (picked == none) {
            return ClaimFilter.Choice.none();
        }
        return picked != ALL && type.isInstance(picked)
                ? ClaimFilter.Choice.exactly(type.cast(picked))
                : ClaimFilter.Choice.any();
    }

    private static ClaimFilter.Choice<Long> verdictChoice(Object picked) {
        if (picked == Choice.NO_VERDICT) {
            return ClaimFilter.Choice.none();
        }
        return picked instanceof VerdictLabel l ? ClaimFilter.Choice.exactly(l.id()) : ClaimFilter.Choice.any();
    }

    /** Filter choices that are not a value of the claim. */
    enum Choice {
        TO_DO("To do (not approved or dismissed)"),
        ANY_FLAG("Any red flag"),
        NO_FLAG("No red flag"),
        NO_VERDICT("No verdict yet"),
        UNASSIGNED("Unassigned");

        private final String text;

        Choice(String text) {
            this.text = text;
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** Shows "State: All" style prompts and readable names of enum values. */
    private static final class FilterRenderer extends javax.swing.DefaultListCellRenderer {
        private final String title;

        FilterRenderer(String title) {
            this.title = title;
        }

        @Override
        public Component getListCellRendererComponent(
                javax.swing.JList<?> list, Object value, int index, boolean selected, boolean focus) {
            super.getListCellRendererComponent(list, value, index, selected, focus);
            setText(index < 0 ? title + ": " + text(value) : text(value));
            return this;
        }

        private static String text(Object value) {
            if (value instanceof ClaimState s) {
                return s.label();
            }
            if (value instanceof ClaimKind k) {
                return k.label();
            }
            if (value instanceof VerdictLabel l) {
                return l.name();
            }
            if (value instanceof String code && code.equals(code.toUpperCase(Locale.ROOT)) && code.contains("_")) {
                return code.toLowerCase(Locale.ROOT).replace('_', ' ');
            }
            return value == null ? "" : value.toString();
        }
    }
}
