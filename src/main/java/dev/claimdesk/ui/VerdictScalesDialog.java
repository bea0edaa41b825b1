package dev.claimdesk.ui;

import dev.claimdesk.domain.VerdictScale;
import java.awt.Color;
import java.awt.Component;
import java.awt.Window;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.swing.DefaultComboBoxModel;
import javax.swing.DefaultListCellRenderer;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JColorChooser;
import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import javax.swing.table.DefaultTableCellRenderer;
import net.miginfocom.swing.MigLayout;

/**
 * Settings > Verdict scales: the scales on the left (the desk's default marked), the chosen scale's
 * labels in an editable table on the right, the problems that stop a save under it in plain words,
 * and the shown article's scale at the bottom. Every change goes through {@link ScalesPresenter};
 * no text is rendered as HTML (labels and cells are guarded, problems are a plain text area).
 */
final class VerdictScalesDialog extends JDialog implements ScalesView {
    private static final String DESK_DEFAULT = "The desk's default scale";

    private final ScalesPresenter presenter;
    private final DefaultListModel<VerdictScale> scaleModel = new DefaultListModel<>();
    private final JList<VerdictScale> scales = new JList<>(scaleModel);
    private final JTextField name = Forms.field("scaleName", "Name of the scale");
    private final JLabel code = new JLabel(" ");
    private final ScaleLabelsModel labels = new ScaleLabelsModel();
    private final JTable table = new JTable(labels);
    private final JTextArea problems = Texts.paragraph("");
    private final JComboBox<Object> articleScale = new JComboBox<>();
    private final JButton useForArticle = button("articleScaleUse", "Use for this article");
    private final JTextArea articleNote = Texts.note("");
    private ScaleChoices choices;
    private boolean filling;

    VerdictScalesDialog(Window owner, ScalesPresenter presenter) {
        super(owner, "Verdict scales", ModalityType.APPLICATION_MODAL);
        this.presenter = presenter;
        setName("scalesDialog");
        scales.setName("scaleList");
        scales.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        scales.setCellRenderer(new ScaleRenderer());
        scales.addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting() && !filling) {
                showSelected();
            }
        });
        table.setName("scaleLabels");
        table.setRowHeight(Math.max(table.getRowHeight(), 26));
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.putClientProperty("terminateEditOnFocusLost", Boolean.TRUE);
        table.getColumnModel().getColumn(ScaleLabelsModel.COLOUR).setCellRenderer(new SwatchRenderer());
        int[] widths = {150, 220, 50, 90, 200, 100, 45, 60};
        for (int i = 0; i < widths.length; i++) {
            table.getColumnModel().getColumn(i).setPreferredWidth(widths[i]);
        }
        problems.setName("scaleProblems");
        problems.putClientProperty(
                com.formdev.flatlaf.FlatClientProperties.STYLE, "foreground: $Component.error.focusedBorderColor");
        code.setName("scaleCode");
        articleScale.setName("articleScale");
        articleScale.setRenderer(new ScaleRenderer());
        articleNote.setName("articleScaleNote");

        JButton newScale = button("scaleNew", "New scale…");
        newScale.addActionListener(e -> presenter.newScale(scales.getSelectedValue()));
        JButton makeDefault = button("scaleMakeDefault", "Make desk default");
        makeDefault.addActionListener(e -> selectedCode().ifPresent(presenter::makeDefault));
        JButton export = button("scaleExport", "Export…");
        export.addActionListener(e -> selectedCode().ifPresent(presenter::export));
        JButton importScale = button("scaleImport", "Import…");
        importScale.addActionListener(e -> presenter.importScale());

        JButton add = button("labelAdd", "Add label");
        add.addActionListener(e -> select(labels.add()));
        JButton remove = button("labelRemove", "Remove");
        remove.setToolTipText("Remove the label; one that verdicts used must be retired instead");
        remove.addActionListener(e -> {
            stopEditing();
            int row = table.getSelectedRow();
            if (row >= 0) {
                labels.remove(row);
            }
        });
        JButton up = button("labelUp", "Move up");
        up.addActionListener(e -> move(-1));
        JButton down = button("labelDown", "Move down");
        down.addActionListener(e -> move(1));
        JButton colour = button("labelColour", "Colour…");
        colour.addActionListener(e -> chooseColour());
        JButton save = button("scaleSave", "Save scale");
        save.addActionListener(e -> save());
        useForArticle.addActionListener(e -> useForArticle());
        JButton close = button("scaleClose", "Close");
        close.addActionListener(e -> dispose());

        JPanel p =
                new JPanel(new MigLayout("insets 16, fill", "[260!, fill]16[grow, fill]", "[][grow, fill][]12[]12[]"));
        p.add(new JLabel("Scales"));
        p.add(new JLabel("Name"), "split 3");
        p.add(name, "growx");
        p.add(code, "wrap");
        p.add(new JScrollPane(scales), "spany 2, grow");
        p.add(new JScrollPane(table), "grow, wrap");
        p.add(add, "split 6, growx 0");
        p.add(remove, "growx 0");
        p.add(up, "growx 0");
        p.add(down, "growx 0");
        p.add(colour, "growx 0");
        p.add(save, "growx 0, gapleft push, wrap");
        p.add(newScale, "split 2, flowy, growx");
        p.add(makeDefault, "growx");
        p.add(problems, "wmin 0, growx, top, wrap");
        p.add(export, "split 2, growx");
        p.add(importScale, "growx");
        p.add(new JLabel("This article's scale"), "split 4");
        p.add(articleScale, "w 260!");
        p.add(useForArticle);
        p.add(articleNote, "wmin 0, growx, wrap");
        p.add(close, "span 2, align right");
        setContentPane(p);
        getRootPane()
                .registerKeyboardAction(
                        e -> dispose(),
                        javax.swing.KeyStroke.getKeyStroke("ESCAPE"),
                        javax.swing.JComponent.WHEN_IN_FOCUSED_WINDOW);
        setSize(1180, 640);
        setLocationRelativeTo(owner);
    }

    private static JButton button(String name, String text) {
        JButton b = new JButton(text);
        b.setName(name);
        return b;
    }

    @Override
    public void showChoices(ScaleChoices c, String selectCode) {
        String wanted = selectCode != null
                ? selectCode
                : selectedCode()
                        .orElse(c.articleScale() != null ? c.articleScale().code() : c.defaultCode());
        choices = c;
        filling = true;
        scaleModel.clear();
        c.scales().forEach(scaleModel::addElement);
        filling = false;
        int index = 0;
        for (int i = 0; i < scaleModel.size(); i++) {
            if (scaleModel.get(i).code().equals(wanted)) {
                index = i;
            }
        }
        scales.setSelectedIndex(index);
        showSelected();
        DefaultComboBoxModel<Object> model = new DefaultComboBoxModel<>();
        model.addElement(DESK_DEFAULT);
        c.scales().forEach(model::addElement);
        articleScale.setModel(model);
        boolean article = c.articleId() != null;
        articleScale.setEnabled(article);
        useForArticle.setEnabled(article);
        if (article) {
            for (int i = 1; i < model.getSize(); i++) {
                if (((VerdictScale) model.getElementAt(i)).code().equals(c.articleOwnCode())) {
                    articleScale.setSelectedIndex(i);
                }
            }
            articleNote.setText("\"" + c.articleTitle() + "\" uses "
                    + c.articleScale().name() + ". An article's scale is chosen before its first verdict.");
        } else {
            articleNote.setText("Open an article to choose its scale.");
        }
    }

    @Override
    public void showProblems(List<String> list) {
        problems.setText(String.join("\n", list));
        problems.revalidate();
    }

    private void showSelected() {
        VerdictScale s = scales.getSelectedValue();
        if (s == null) {
            return;
        }
        stopEditing();
        name.setText(s.name());
        code.setText(s.code());
        labels.set(s.labels());
    }

    private java.util.Optional<String> selectedCode() {
        return java.util.Optional.ofNullable(scales.getSelectedValue()).map(VerdictScale::code);
    }

    private void save() {
        VerdictScale s = scales.getSelectedValue();
        if (s == null) {
            return;
        }
        stopEditing();
        List<String> formProblems = new ArrayList<>();
        presenter.save(
                new VerdictScale(s.id(), s.code(), name.getText().strip(), labels.labels(s.id(), formProblems)),
                formProblems);
    }

    private void useForArticle() {
        if (choices == null || choices.articleId() == null) {
            return;
        }
        Object chosen = articleScale.getSelectedItem();
        presenter.chooseForArticle(choices.articleId(), chosen instanceof VerdictScale s ? s.code() : null);
    }

    private void move(int by) {
        stopEditing();
        int row = table.getSelectedRow();
        if (row >= 0) {
            select(labels.move(row, by));
        }
    }

    private void select(int row) {
        table.getSelectionModel().setSelectionInterval(row, row);
        table.scrollRectToVisible(table.getCellRect(row, 0, true));
    }

    private void chooseColour() {
        stopEditing();
        int row = table.getSelectedRow();
        if (row < 0) {
            return;
        }
        Color chosen = JColorChooser.showDialog(this, "Colour of the label", ClaimColours.parse(labels.colour(row)));
        if (chosen != null) {
            labels.setValueAt(
                    String.format(java.util.Locale.ROOT, "#%06x", chosen.getRGB() & 0xffffff),
                    row,
                    ScaleLabelsModel.COLOUR);
        }
    }

    private void stopEditing() {
        if (table.isEditing()) {
            table.getCellEditor().stopCellEditing();
        }
    }

    /** A scale by its name and code, "(desk default)" after the desk's default. */
    private final class ScaleRenderer extends DefaultListCellRenderer {
        @Override
        public Component getListCellRendererComponent(
                JList<?> list, Object value, int index, boolean selected, boolean focus) {
            super.getListCellRendererComponent(list, value, index, selected, focus);
            if (value instanceof VerdictScale s) {
                boolean isDefault = choices != null && Objects.equals(choices.defaultCode(), s.code());
                setText(s.name() + "  (" + s.code() + ")" + (isDefault ? "  — desk default" : ""));
            }
            return this;
        }
    }

    /** A colour cell: a swatch and its #rrggbb. */
    private static final class SwatchRenderer extends DefaultTableCellRenderer {
        @Override
        public Component getTableCellRendererComponent(
                JTable t, Object value, boolean selected, boolean focus, int row, int column) {
            super.getTableCellRendererComponent(t, value, selected, focus, row, column);
            setIcon(new VerdictPanel.Dot(ClaimColours.parse(value == null ? null : value.toString())));
            return this;
        }
    }
}
