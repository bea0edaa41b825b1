package dev.claimdesk.domain;

/** What a reviewer can do to move a claim through the workflow. */
public enum ClaimAction {
    ACCEPT("accept"),
    DISMISS("dismiss"),
    RESTORE("restore"),
    START_RESEARCH("start research"),
    SUBMIT_FOR_REVIEW("submit for review"),
    APPROVE("approve"),
    RETURN("return"),
    REOPEN("reopen"),
    /** Blind double review: a third reviewer decides between two differing verdicts. */
    ADJUDICATE("adjudicate");

    private final String label;

    ClaimAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
