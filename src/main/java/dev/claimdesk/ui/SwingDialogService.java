package dev.claimdesk.ui;

import dev.claimdesk.domain.ArticleMetadata;
import dev.claimdesk.domain.Reviewer;
import java.awt.Window;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.swing.JFileChooser;
import javax.swing.JOptionPane;
import javax.swing.filechooser.FileNameExtensionFilter;

/** The real dialogs, owned by the main window. */
final class SwingDialogService implements DialogService {
    private final Window owner;
    private final FileLocations locations;

    /** Dialogs whose file choosers always start in the home folder. */
    SwingDialogService(Window owner) {
        this(owner, FileLocations.forgetful());
    }

    /** Dialogs whose file choosers start where the user last chose a file of the same kind. */
    SwingDialogService(Window owner, FileLocations locations) {
        this.owner = owner;
        this.locations = locations;
    }

    @Override
    public void showError(String title, String message) {
        JOptionPane.showMessageDialog(owner, wrap(message), title, JOptionPane.ERROR_MESSAGE);
    }

    @Override
    public Optional<Path> chooseArticleFile() {
        JFileChooser chooser =
                new JFileChooser(locations.folder(FileLocations.Place.ARTICLES).toFile());
        chooser.setName("articleChooser");
        chooser.setDialogTitle("Import an article");
        chooser.setFileFilter(new FileNameExtensionFilter(
                "Articles (.txt, .md, .html, .pdf)", "txt", "text", "md", "markdown", "html", "htm", "pdf"));
        return chosen(chooser.showOpenDialog(owner), chooser, FileLocations.Place.ARTICLES);
    }

    @Override
    public Optional<Path> chooseDatabaseFile() {
        JFileChooser chooser =
                new JFileChooser(locations.folder(FileLocations.Place.DATABASES).toFile());
        chooser.setName("databaseChooser");
        chooser.setDialogTitle("Open a ClaimDesk database");
        chooser.setFileFilter(new FileNameExtensionFilter("ClaimDesk databases (.db)", "db"));
        return chosen(chooser.showDialog(owner, "Open"), chooser, FileLocations.Place.DATABASES);
    }

    private Optional<Path> chosen(int answer, JFileChooser chooser, FileLocations.Place place) {
        if (answer != JFileChooser.APPROVE_OPTION || chooser.getSelectedFile() == null) {
            return Optional.empty();
        }
        Path file = chooser.getSelectedFile().toPath();
        locations.chose(place, file);
        return Optional.of(file);
    }

    @Override
    public Optional<Path> chooseNewDatabaseFile() {
        JFileChooser chooser =
                new JFileChooser(locations.folder(FileLocations.Place.DATABASES).toFile());
        chooser.setName("newDatabaseChooser");
        chooser.setDialogTitle("Create a new ClaimDesk database");
        chooser.setFileFilter(new FileNameExtensionFilter("ClaimDesk databases (.db)", "db"));
        chooser.setSelectedFile(new java.io.File("claimdesk-new.db"));
        if (chooser.showSaveDialog(owner) != JFileChooser.APPROVE_OPTION) {
            return Optional.empty();
        }
        Path chosen = chooser.getSelectedFile().toPath();
        if (!chosen.getFileName().toString().contains(".")) {
            chosen = chosen.resolveSibling(chosen.getFileName() + ".db");
        }
        locations.chose(FileLocations.Place.DATABASES, chosen);
        return Optional.of(chosen);
    }

    @Override
    public Optional<dev.claimdesk.domain.Evidence> editEvidence(
            dev.claimdesk.domain.Claim claim, dev.claimdesk.domain.Evidence existing, String reviewer) {
        return new EvidenceDialog(owner, claim, existing, reviewer, java.time.LocalDate.now()).showAndWait();
    }

    @Override
    public Optional<String> confirmApproval(ApprovalSummary summary) {
        return new ApprovalDialog(owner, summary).showAndWait();
    }

    @Override
    public Optional<dev.claimdesk.domain.Claim> chooseOriginal(
            dev.claimdesk.domain.Claim duplicate, List<dev.claimdesk.domain.Claim> candidates) {
        String[] labels = candidates.stream()
                .map(c ->
                        c.position() + ". " + (c.text().length() > 90 ? c.text().substring(0, 89) + "…" : c.text()))
                .toArray(String[]::new);
        javax.swing.JTextArea text = Texts.paragraph("Claim " + duplicate.position()
                + " repeats which claim? It is dismissed as a duplicate; the original keeps the research.");
        text.setSize(460, 1);
        Object choice = JOptionPane.showInputDialog(
                owner, text, "Mark as duplicate", JOptionPane.QUESTION_MESSAGE, null, labels, labels[0]);
        for (int i = 0; i < labels.length; i++) {
            if (labels[i].equals(choice)) {
                return Optional.of(candidates.get(i));
            }
        }
        return Optional.empty();
    }

    @Override
    public Optional<String> chooseAssignee(dev.claimdesk.domain.Claim claim, List<Reviewer> reviewers) {
        String nobody = "(nobody)";
        String[] names = java.util.stream.Stream.concat(
                        java.util.stream.Stream.of(nobody), reviewers.stream().map(Reviewer::name))
                .toArray(String[]::new);
        javax.swing.JTextArea text = Texts.paragraph("Who researches claim " + claim.position() + " now? It appears in"
                + " their queue (the Assignee filter).");
        text.setSize(420, 1);
        Object current = claim.assignee() == null ? nobody : claim.assignee();
        Object choice = JOptionPane.showInputDialog(
                owner, text, "Assign claim", JOptionPane.QUESTION_MESSAGE, null, names, current);
        if (choice == null) {
            return Optional.empty();
        }
        return Optional.of(nobody.equals(choice) ? "" : choice.toString());
    }

    @Override
    public Optional<dev.claimdesk.app.BlindReviewService.Mode> chooseReviewMode(
            dev.claimdesk.app.BlindReviewService.Mode current) {
        return ReviewModeDialog.ask(owner, current);
    }

    @Override
    public Optional<dev.claimdesk.domain.Claim> chooseToAdjudicate(List<dev.claimdesk.domain.Claim> queue) {
        // Fixed words only (no text of the claim): a combo box would render "<html>" in a claim.
        String[] names = queue.stream()
                .map(c -> "Claim " + c.position() + " of article " + c.articleId())
                .toArray(String[]::new);
        javax.swing.JTextArea text = Texts.paragraph(
                "These claims have two blind verdicts that differ. Choose one to decide or send back to both.");
        text.setSize(420, 1);
        Object choice = JOptionPane.showInputDialog(
                owner, text, "Adjudication queue", JOptionPane.QUESTION_MESSAGE, null, names, names[0]);
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(choice)) {
                return Optional.of(queue.get(i));
            }
        }
        return Optional.empty();
    }

    @Override
    public void editScales(ScalesPresenter presenter, ScaleChoices first) {
        VerdictScalesDialog dialog = new VerdictScalesDialog(owner, presenter);
        presenter.attach(dialog);
        dialog.showChoices(first, null);
        dialog.setVisible(true); // modal: returns when it closes
        presenter.attach(null);
    }

    @Override
    public Optional<Path> chooseLocalCopyTarget(String suggestedName) {
        JFileChooser chooser = new JFileChooser(
                locations.folder(FileLocations.Place.LOCAL_COPIES).toFile());
        chooser.setName("localCopyChooser");
        chooser.setDialogTitle("Save the local copy");
        chooser.setSelectedFile(new java.io.File(chooser.getCurrentDirectory(), suggestedName));
        java.awt.Window parent = javax.swing.FocusManager.getCurrentManager().getActiveWindow();
        if (chooser.showSaveDialog(parent != null ? parent : owner) != JFileChooser.APPROVE_OPTION
                || chooser.getSelectedFile() == null) {
            return Optional.empty();
        }
        Path file = chooser.getSelectedFile().toPath();
        if (java.nio.file.Files.exists(file) && !confirmReplace(file)) {
            return Optional.empty();
        }
        locations.chose(FileLocations.Place.LOCAL_COPIES, file);
        return Optional.of(file);
    }

    @Override
    public Optional<Path> chooseChartFile(String suggestedName, String extension) {
        JFileChooser chooser =
                new JFileChooser(locations.folder(FileLocations.Place.CHARTS).toFile());
        chooser.setName("chartChooser");
        String kind = switch (extension) {
            case "png" -> "PNG images (.png)";
            case "svg" -> "SVG drawings (.svg)";
            default -> "CSV tables (.csv)";
        };
        chooser.setDialogTitle("Save " + (extension.equals("csv") ? "the numbers" : "the chart"));
        chooser.setFileFilter(new FileNameExtensionFilter(kind, extension));
        chooser.setSelectedFile(new java.io.File(chooser.getCurrentDirectory(), suggestedName));
        java.awt.Window parent = javax.swing.FocusManager.getCurrentManager().getActiveWindow();
        if (chooser.showSaveDialog(parent != null ? parent : owner) != JFileChooser.APPROVE_OPTION
                || chooser.getSelectedFile() == null) {
            return Optional.empty();
        }
        Path file = chooser.getSelectedFile().toPath();
        if (!file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith("." + extension)) {
            file = file.resolveSibling(file.getFileName() + "." + extension);
        }
        if (java.nio.file.Files.exists(file) && !confirmReplace(file)) {
            return Optional.empty();
        }
        locations.chose(FileLocations.Place.CHARTS, file);
        return Optional.of(file);
    }

    @Override
    public Optional<Path> chooseScaleFile(String suggestedName) {
        JFileChooser chooser =
                new JFileChooser(locations.folder(FileLocations.Place.SCALES).toFile());
        chooser.setName("scaleChooser");
        chooser.setFileFilter(new FileNameExtensionFilter("Verdict scales (.json)", "json"));
        java.awt.Window parent = javax.swing.FocusManager.getCurrentManager().getActiveWindow();
        java.awt.Component on = parent != null ? parent : owner;
        if (suggestedName == null) {
            chooser.setDialogTitle("Import a verdict scale");
            return chosen(chooser.showOpenDialog(on), chooser, FileLocations.Place.SCALES);
        }
        chooser.setDialogTitle("Export the verdict scale");
        chooser.setSelectedFile(new java.io.File(chooser.getCurrentDirectory(), suggestedName));
        if (chooser.showSaveDialog(on) != JFileChooser.APPROVE_OPTION || chooser.getSelectedFile() == null) {
            return Optional.empty();
        }
        Path file = chooser.getSelectedFile().toPath();
        if (!file.getFileName().toString().contains(".")) {
            file = file.resolveSibling(file.getFileName() + ".json");
        }
        if (java.nio.file.Files.exists(file) && !confirmReplace(file)) {
            return Optional.empty();
        }
        locations.chose(FileLocations.Place.SCALES, file);
        return Optional.of(file);
    }

    @Override
    public Optional<NewScale> askNewScale(String copiedFrom) {
        javax.swing.JTextField code = Forms.field("newScaleCode", "e.g. NEWSROOM");
        javax.swing.JTextField name = Forms.field("newScaleName", "e.g. Our newsroom's scale");
        javax.swing.JPanel form = new javax.swing.JPanel(
                new net.miginfocom.swing.MigLayout("insets 0, wrap 2", "[right][grow, fill, 300]"));
        javax.swing.JTextArea text = Texts.paragraph(
                copiedFrom == null
                        ? "The new scale starts without labels."
                        : "The new scale starts with a copy of the labels of \"" + copiedFrom + "\".");
        text.setSize(400, 1);
        form.add(text, "span 2, w 400!");
        form.add(new javax.swing.JLabel("Code"));
        form.add(code);
        form.add(new javax.swing.JLabel("Name"));
        form.add(name);
        java.awt.Window parent = javax.swing.FocusManager.getCurrentManager().getActiveWindow();
        int answer = JOptionPane.showConfirmDialog(
                parent != null ? parent : owner,
                form,
                "New verdict scale",
                JOptionPane.OK_CANCEL_OPTION,
                JOptionPane.PLAIN_MESSAGE);
        if (answer != JOptionPane.OK_OPTION) {
            return Optional.empty();
        }
        return Optional.of(new NewScale(code.getText(), name.getText()));
    }

    @Override
    public boolean browse(String url) {
        try {
            if (java.awt.Desktop.isDesktopSupported()
                    && java.awt.Desktop.getDesktop().isSupported(java.awt.Desktop.Action.BROWSE)) {
                java.awt.Desktop.getDesktop().browse(java.net.URI.create(url));
                return true;
            }
        } catch (java.io.IOException | IllegalArgumentException | UnsupportedOperationException | SecurityException e) {
            // fall back to copying the address
        }
        return false;
    }

    @Override
    public void copyToClipboard(String text) {
        java.awt.Toolkit.getDefaultToolkit()
                .getSystemClipboard()
                .setContents(new java.awt.datatransfer.StringSelection(text), null);
    }

    @Override
    public Optional<ArticleMetadata> editMetadata(String heading, ArticleMetadata found) {
        return new MetadataDialog(owner, heading, found).showAndWait();
    }

    @Override
    public Optional<ExportChoice> askExport(
            Long articleId, String articleTitle, dev.claimdesk.app.ExportService.Options defaults) {
        Optional<ExportChoice> choice = new ExportDialog(
                        owner, articleId, articleTitle, defaults, locations.exportFolder(), locations::lastExport)
                .showAndWait()
                .map(c -> new ExportChoice(c.options(), c.file()));
        choice.ifPresent(c -> locations.exported(c.options().kind(), c.file()));
        return choice;
    }

    @Override
    public boolean confirmReplace(Path file) {
        Object[] options = {"Replace", "Cancel"};
        int answer = JOptionPane.showOptionDialog(
                owner,
                wrap(file.getFileName() + " already exists in "
                        + file.toAbsolutePath().getParent()
                        + ". Replace it with this export? Its current content is lost."),
                "Replace the file?",
                JOptionPane.YES_NO_OPTION,
                JOptionPane.WARNING_MESSAGE,
                null,
                options,
                options[1]);
        return answer == 0;
    }

    @Override
    public void showInfo(String title, String message) {
        javax.swing.JTextArea text = Texts.paragraph(message);
        text.setColumns(60);
        javax.swing.JScrollPane scroll = new javax.swing.JScrollPane(text);
        scroll.setPreferredSize(new java.awt.Dimension(560, Math.min(320, 40 + 18 * message.split("\n").length)));
        JOptionPane.showMessageDialog(owner, scroll, title, JOptionPane.INFORMATION_MESSAGE);
    }

    @Override
    public Optional<String> askComment(String title, String prompt) {
        javax.swing.JTextArea area = new javax.swing.JTextArea(4, 40);
        area.setLineWrap(true);
        area.setWrapStyleWord(true);
        Object[] content = {prompt, new javax.swing.JScrollPane(area)};
        int answer = JOptionPane.showConfirmDialog(
                owner, content, title, JOptionPane.OK_CANCEL_OPTION, JOptionPane.QUESTION_MESSAGE);
        return answer == JOptionPane.OK_OPTION && !area.getText().isBlank()
                ? Optional.of(area.getText().strip())
                : Optional.empty();
    }

    @Override
    public Optional<dev.claimdesk.domain.DismissReason> askDismissReason(String claimText) {
        dev.claimdesk.domain.DismissReason[] reasons = dev.claimdesk.domain.DismissReason.values();
        String[] labels = java.util.Arrays.stream(reasons)
                .map(r -> Character.toUpperCase(r.label().charAt(0)) + r.label().substring(1))
                .toArray(String[]::new);
        javax.swing.JTextArea text = Texts.paragraph("Why is this claim not worth checking?\n\n\u201c"
                + (claimText.length() > 200 ? claimText.substring(0, 199) + "…" : claimText) + "\u201d");
        text.setSize(420, 1); // wrap at this width, so the dialog's height fits the text
        Object choice = JOptionPane.showInputDialog(
                owner, text, "Dismiss claim", JOptionPane.QUESTION_MESSAGE, null, labels, labels[0]);
        for (int i = 0; i < labels.length; i++) {
            if (labels[i].equals(choice)) {
                return Optional.of(reasons[i]);
            }
        }
        return Optional.empty();
    }

    @Override
    public Optional<String> askPastedText() {
        return new PasteDialog(owner).showAndWait();
    }

    @Override
    public DatabaseProblemChoice askAfterDatabaseProblem(String title, String message) {
        return askProblem(
                title,
                message,
                List.of(
                        DatabaseProblemChoice.OPEN_OTHER,
                        DatabaseProblemChoice.CREATE_NEW,
                        DatabaseProblemChoice.QUIT));
    }

    @Override
    public DatabaseProblemChoice askAfterDamage(String title, String message) {
        return askProblem(
                title,
                message,
                List.of(
                        DatabaseProblemChoice.RESTORE_NEWEST,
                        DatabaseProblemChoice.OPEN_OTHER,
                        DatabaseProblemChoice.CREATE_NEW,
                        DatabaseProblemChoice.QUIT));
    }

    /** One error dialog with a button per offered way on; closing it means quit. */
    private DatabaseProblemChoice askProblem(String title, String message, List<DatabaseProblemChoice> offered) {
        Object[] options = offered.stream().map(SwingDialogService::label).toArray();
        int choice = JOptionPane.showOptionDialog(
                owner,
                wrap(message),
                title,
                JOptionPane.DEFAULT_OPTION,
                JOptionPane.ERROR_MESSAGE,
                null,
                options,
                options[0]);
        return choice >= 0 && choice < offered.size() ? offered.get(choice) : DatabaseProblemChoice.QUIT;
    }

    private static String label(DatabaseProblemChoice c) {
        return switch (c) {
            case RESTORE_NEWEST -> "Restore newest backup";
            case OPEN_OTHER -> "Open another database…";
            case CREATE_NEW -> "Create a new database…";
            case QUIT -> "Quit";
        };
    }

    @Override
    public Optional<ReviewerInput> askReviewer(List<Reviewer> known, String current, boolean firstRun) {
        return new ReviewerDialog(owner, known, current, firstRun).showAndWait();
    }

    @Override
    public Optional<dev.claimdesk.app.DatabaseLocation.Server> askServer(
            dev.claimdesk.domain.ServerAddress prefill, String problem) {
        return new ConnectDialog(owner, prefill, problem).showAndWait();
    }

    /** Long sentences in option panes become a few readable lines. */
    static String wrap(String message) {
        StringBuilder out = new StringBuilder();
        int lineLength = 0;
        for (String word : message.split(" ")) {
            if (lineLength > 0 && lineLength + word.length() > 70) {
                out.append('\n');
                lineLength = 0;
            } else if (lineLength > 0) {
                out.append(' ');
                lineLength++;
            }
            out.append(word);
            lineLength += word.length();
        }
        return out.toString();
    }
}
