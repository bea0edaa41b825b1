package dev.claimdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.datatransfer.DataFlavor;
import java.awt.datatransfer.StringSelection;
import java.awt.datatransfer.Transferable;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JPanel;
import javax.swing.TransferHandler;
import org.junit.jupiter.api.Test;

/** Files dropped on the window reach the import; other data is refused. */
class FileDropHandlerTest {
    @Test
    void droppedFilesAreHandedOnAndTextIsRefused() {
        List<Path> received = new ArrayList<>();
        FileDropHandler handler = new FileDropHandler(received::addAll);
        List<File> files = List.of(new File("/tmp/a.txt"), new File("/tmp/b.pdf"));
        Transferable dropped = new Transferable() {
            @Override
            public DataFlavor[] getTransferDataFlavors() {
                return new DataFlavor[] {DataFlavor.javaFileListFlavor};
            }

            @Override
            public boolean isDataFlavorSupported(DataFlavor flavor) {
                return DataFlavor.javaFileListFlavor.equals(flavor);
            }

            @Override
            public Object getTransferData(DataFlavor flavor) {
                return files;
            }
        };
        JPanel target = new JPanel();

        assertThat(handler.importData(new TransferHandler.TransferSupport(target, dropped)))
                .isTrue();
        assertThat(received).containsExactly(Path.of("/tmp/a.txt"), Path.of("/tmp/b.pdf"));

        assertThat(handler.importData(new TransferHandler.TransferSupport(target, new StringSelection("text"))))
                .isFalse();
        assertThat(received).hasSize(2);
    }
}
