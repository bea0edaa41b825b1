package dev.claimdesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.claimdesk.domain.ClaimDeskException;
import dev.claimdesk.domain.ClaimDeskException.Problem;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PdfBudgetTest {
    @Test
    void aPdfThatRunsOutOfTimeIsRefusedPlainly() {
        PdfBudget budget = PdfBudget.start("slow.pdf", Duration.ZERO);
        assertThatThrownBy(budget::checkTime).isInstanceOfSatisfying(ClaimDeskException.class, e -> {
            assertThat(e.problem()).isEqualTo(Problem.INVALID_INPUT);
            assertThat(e.userMessage()).startsWith("slow.pdf takes too long to read (more than 30 seconds)");
        });
    }

    @Test
    void pagesBeyondTheLimitAreRefusedEvenWhenTheDeclaredCountLies() {
        PdfBudget budget = PdfBudget.start("lying.pdf");
        budget.checkPageCount(1);
        for (int i = 0; i < PdfBudget.MAX_PAGES; i++) {
            budget.countPage();
        }
        assertThatThrownBy(budget::countPage)
                .isInstanceOf(ClaimDeskException.class)
                .hasMessageContaining("lying.pdf has 1,001 pages");
    }

    @Test
    void aPageWithMoreCharactersThanAnyArticlePageIsRefused() {
        PdfBudget budget = PdfBudget.start("dense.pdf");
        budget.startPage();
        for (int i = 0; i < PdfBudget.MAX_PAGE_CHARS; i++) {
            budget.countChar();
        }
        assertThatThrownBy(budget::countChar)
                .isInstanceOf(ClaimDeskException.class)
                .hasMessageContaining("more than 50,000 characters");
    }
}
