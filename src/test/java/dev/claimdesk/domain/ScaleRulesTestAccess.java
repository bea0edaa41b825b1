package dev.claimdesk.domain;

/** Test helper: a label with another hotkey. */
public final class ScaleRulesTestAccess {
    private ScaleRulesTestAccess() {}

    public static VerdictLabel withHotkey(VerdictLabel l, String hotkey) {
        return ScaleRulesTest.with(l, "hotkey", hotkey);
    }
}
