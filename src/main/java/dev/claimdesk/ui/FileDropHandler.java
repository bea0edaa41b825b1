package dev.claimdesk.ui;

import java.awt.datatransfer.DataFlavor;
import java.awt.datatransfer.Transferable;
import java.awt.datatransfer.UnsupportedFlavorException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.JComponent;
import javax.swing.TransferHandler;

/** Files dropped on the window are imported; other transfers (copying text) go to the component's own handler. */
final class FileDropHandler extends TransferHandler {
    private final Consumer<List<Path>> onFiles;
    private final TransferHandler fallback;

    FileDropHandler(Consumer<List<Path>> onFiles) {
        this(onFiles, null);
    }

    FileDropHandler(Consumer<List<Path>> onFiles, TransferHandler fallback) {
        this.onFiles = onFiles;
        this.fallback = fallback;
    }

    @Override
    public boolean canImport(TransferSupport support) {
        if (support.isDataFlavorSupported(DataFlavor.javaFileListFlavor)) {
            if (support.isDrop()) {
                support.setDropAction(COPY);
            }
            return true;
        }
        return false;
    }

    @Override
    public boolean importData(TransferSupport support) {
        if (!canImport(support)) {
            return false;
        }
        try {
            @SuppressWarnings("unchecked")
            List<File> files = (List<File>) support.getTransferable().getTransferData(DataFlavor.javaFileListFlavor);
            onFiles.accept(files.stream().map(File::toPath).toList());
            return true;
        } catch (UnsupportedFlavorException | IOException e) {
            return false;
        }
    }

    @Override
    public int getSourceActions(JComponent c) {
        return fallback == null ? NONE : fallback.getSourceActions(c);
    }

    @Override
    protected Transferable createTransferable(JComponent c) {
        return null;
    }

    @Override
    public void exportToClipboard(JComponent comp, java.awt.datatransfer.Clipboard clip, int action) {
        if (fallback != null) {
            fallback.exportToClipboard(comp, clip, action);
        }
    }
}
