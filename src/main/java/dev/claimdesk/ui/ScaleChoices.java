package dev.claimdesk.ui;

import dev.claimdesk.domain.VerdictScale;
import java.util.List;

/**
 * What the scale editor shows: every scale, the desk's default, and the article shown (if any) with
 * its own choice (null: the desk's default) and the scale its verdicts are given on.
 */
record ScaleChoices(
        List<VerdictScale> scales,
        String defaultCode,
        Long articleId,
        String articleTitle,
        String articleOwnCode,
        VerdictScale articleScale) {

    ScaleChoices {
        scales = List.copyOf(scales);
    }
}
