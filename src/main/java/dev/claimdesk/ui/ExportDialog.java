package dev.claimdesk.ui;

import com.formdev.flatlaf.FlatClientProperties;
import dev.claimdesk.app.ExportService;
import dev.claimdesk.domain.ClaimFilter;
import dev.claimdesk.domain.SearchQuery;
import java.awt.Window;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javax.swing.ButtonGroup;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JRadioButton;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;

/** File > Export: what, which articles, CSV options, the organisation for ClaimReview, and where. */
final class ExportDialog extends JDialog {
    /** The user's choices. */
    record Choice(ExportService.Options options, Path file) {}

    private static final String[] KINDS = {
        "Verdict summary (CSV, one row per claim)",
        "Evidence (CSV, one row per item)",
        "ClaimReview JSON-LD (approved claims)",
        "Report (Markdown)",
        "Report (HTML page)"
    };

    private final JComboBox<String> kind = new JComboBox<>(KINDS);
    private final JRadioButton thisArticle = new JRadioButton("This article");
    private final JRadioButton allArticles = new JRadioButton("All articles");
    private final JComboBox<String> stateFilter = new JComboBox<>();
    private final JTextField searchFilter = new JTextField(28);
    private final JCheckBox onlySelected = new JCheckBox();
    private final java.util.Set<Long> selected;
    private final JCheckBox bom = new JCheckBox("Add a byte order mark (for Excel)");
    private final JCheckBox raw = new JCheckBox("Raw: do not protect cells starting with = + - @ (for scripts)");
    private final JTextField orgName = new JTextField(28);
    private final JTextField orgUrl = new JTextField(28);
    private final JTextField pattern = new JTextField(28);
    private final JTextField file = new JTextField(28);
    private final JLabel problem = new JLabel(" ");
    private final Long articleId;
    private Choice result;

    ExportDialog(Window owner, Long articleId, String articleTitle, ExportService.Options defaults, Path folder) {
        this(owner, articleId, articleTitle, defaults, folder, k -> java.util.Optional.empty());
    }

    /**
     * @param folder where a kind not exported before is saved
     * @param lastFile the file last exported of a kind: offered again when that kind is chosen
     */
    ExportDialog(
            Window owner,
            Long articleId,
            String articleTitle,
            ExportService.Options defaults,
            Path folder,
            java.util.function.Function<ExportService.Kind, java.util.Optional<Path>> lastFile) {
        super(owner, "Export", ModalityType.APPLICATION_MODAL);
        this.articleId = articleId;
        this.selected = defaults.claimIds();
        setName("exportDialog");
        onlySelected.setName("exportOnlySelected");
        if (selected != null && !selected.isEmpty() && articleId != null) {
            onlySelected.setText("Only the " + selected.size() + " claims selected in the queue");
            onlySelected.setSelected(true);
            onlySelected.addActionListener(e -> updateEnabled());
        }
        kind.setName("exportKind");
        thisArticle.setName("exportThisArticle");
        allArticles.setName("exportAllArticles");
        bom.setName("exportBom");
        raw.setName("exportRaw");
        orgName.setName("exportOrgName");
        orgUrl.setName("exportOrgUrl");
        pattern.setName("exportUrlPattern");
        file.setName("exportFile");
        stateFilter.setName("exportState");
        stateFilter.addItem("Any state");
        for (dev.claimdesk.domain.ClaimState st : dev.claimdesk.domain.ClaimState.values()) {
            stateFilter.addItem(st.label());
        }
        searchFilter.setName("exportSearch");
        searchFilter.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, "Only claims containing these words");
        ButtonGroup scope = new ButtonGroup();
        scope.add(thisArticle);
        scope.add(allArticles);
        thisArticle.setEnabled(articleId != null);
        thisArticle.setText(articleTitle == null ? "This article" : "This article: " + shorten(articleTitle));
        (articleId != null ? thisArticle : allArticles).setSelected(true);
        kind.setSelectedIndex(defaults.kind().ordinal());
        bom.setSelected(defaults.bom());
        raw.setSelected(defaults.raw());
        orgName.setText(nz(defaults.orgName()));
        orgUrl.setText(nz(defaults.orgUrl()));
        pattern.setText(nz(defaults.urlPattern()));
        orgName.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, "Your organisation, e.g. Nordhaven Fact Desk");
        orgUrl.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, "https://…");
        pattern.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, "https://…/checks/{claim_id}");
        problem.setName("exportProblem");
        problem.putClientProperty(FlatClientProperties.STYLE, "foreground: $Component.error.focusedBorderColor");
        file.setText(lastFile.apply(selectedKind())
                .orElse(folder.resolve(suggestedName()))
                .toString());
        kind.addActionListener(e -> {
            file.setText(lastFile.apply(selectedKind())
                    .orElse(Path.of(file.getText()).resolveSibling(suggestedName()))
                    .toString());
            updateEnabled();
        });
        JButton browse = new JButton("Choose…");
        browse.addActionListener(e -> chooseFile());
        JButton ok = new JButton("Export");
        ok.setName("exportOk");
        ok.addActionListener(e -> accept());
        JButton cancel = new JButton("Cancel");
        cancel.addActionListener(e -> dispose());

        JPanel p = new JPanel(
                new MigLayout("insets 16, wrap 2", "[right][grow, fill, 360]", "[]12[][]12[][][]12[][][]12[]8[]16[]"));
        p.add(new JLabel("Export"));
        p.add(kind);
        p.add(new JLabel("Articles"));
        p.add(thisArticle, "split 2, growx 0");
        p.add(allArticles, "growx 0");
        p.add(new JLabel("Claims"));
        p.add(stateFilter, "split 2, growx 0");
        p.add(searchFilter);
        if (!onlySelected.getText().isEmpty()) {
            p.add(new JLabel());
            p.add(onlySelected);
        }
        p.add(new JLabel("CSV"));
        p.add(bom);
        p.add(new JLabel());
        p.add(raw);
        p.add(new JLabel("Organisation"));
        p.add(orgName);
        p.add(new JLabel("Its web site"));
        p.add(orgUrl);
        p.add(new JLabel("Fact-check URLs"));
        p.add(pattern);
        p.add(new JLabel("Save as"));
        p.add(file, "split 2");
        p.add(browse, "growx 0");
        p.add(problem, "span 2, wmin 0");
        updateEnabled();
        DialogButtons.finish(this, p, cancel, ok);
    }

    private ExportService.Kind selectedKind() {
        return ExportService.Kind.values()[kind.getSelectedIndex()];
    }

    private String suggestedName() {
        ExportService.Kind k = selectedKind();
        String base = switch (k) {
            case CSV -> "verdicts";
            case EVIDENCE -> "evidence";
            case CLAIMREVIEW -> "claimreview";
            default -> "report";
        };
        return "claimdesk-" + base + "." + k.extension();
    }

    private void updateEnabled() {
        boolean csv = selectedKind() == ExportService.Kind.CSV || selectedKind() == ExportService.Kind.EVIDENCE;
        boolean review = selectedKind() == ExportService.Kind.CLAIMREVIEW;
        bom.setEnabled(csv);
        raw.setEnabled(csv);
        orgName.setEnabled(review);
        orgUrl.setEnabled(review);
        pattern.setEnabled(review);
        // The selection is of this article's queue: exporting it means this article.
        boolean bySelection =
                onlySelected.isSelected() && !onlySelected.getText().isEmpty();
        thisArticle.setEnabled(!bySelection);
        allArticles.setEnabled(!bySelection);
        if (bySelection) {
            thisArticle.setSelected(true);
        }
    }

    private void chooseFile() {
        JFileChooser chooser = new JFileChooser(new File(file.getText()).getParentFile());
        chooser.setSelectedFile(new File(file.getText()));
        if (chooser.showSaveDialog(this) == JFileChooser.APPROVE_OPTION) {
            file.setText(chooser.getSelectedFile().getPath());
        }
    }

    private void accept() {
        String f = file.getText().strip();
        if (f.isEmpty()) {
            problem.setText("Choose where to save the export.");
            return;
        }
        if (selectedKind() == ExportService.Kind.CLAIMREVIEW
                && (orgName.getText().isBlank() || !pattern.getText().contains("{claim_id}"))) {
            problem.setText("ClaimReview needs your organisation's name and a URL pattern with {claim_id}.");
            return;
        }
        SearchQuery words = SearchQuery.parse(searchFilter.getText());
        if (!searchFilter.getText().isBlank() && words.isEmpty()) {
            problem.setText("Type at least one word (letters or digits) to search for, or leave the search empty.");
            return;
        }
        long scope = thisArticle.isSelected() && articleId != null ? articleId : 0;
        int stateIndex = stateFilter.getSelectedIndex();
        dev.claimdesk.domain.ClaimState state =
                stateIndex <= 0 ? null : dev.claimdesk.domain.ClaimState.values()[stateIndex - 1];
        result = new Choice(
                new ExportService.Options(
                        selectedKind(),
                        scope,
                        bom.isSelected(),
                        raw.isSelected(),
                        blank(orgName.getText()),
                        blank(orgUrl.getText()),
                        blank(pattern.getText()),
                        ClaimFilter.ALL.withState(state).withSearch(words),
                        onlySelected.isSelected() && !onlySelected.getText().isEmpty() ? selected : null),
                Path.of(f));
        dispose();
    }

    /** What the user chose once OK was pressed; empty before, or when cancelled. */
    Optional<Choice> choice() {
        return Optional.ofNullable(result);
    }

    Optional<Choice> showAndWait() {
        setVisible(true);
        return Optional.ofNullable(result);
    }

    private static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 39) + "…";
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
