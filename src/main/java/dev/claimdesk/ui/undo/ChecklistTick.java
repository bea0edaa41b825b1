package dev.claimdesk.ui.undo;

import dev.claimdesk.app.AppServices;

/** A checklist question ticked or unticked: undo takes it back, redo gives it again. */
public final class ChecklistTick implements Change {
    private final long claimId;
    private final String item;
    private final boolean checked;

    public ChecklistTick(long claimId, String item, boolean checked) {
        this.claimId = claimId;
        this.item = item;
        this.checked = checked;
    }

    @Override
    public String name() {
        return checked ? "Tick" : "Untick";
    }

    @Override
    public Refresh apply(AppServices services, String reviewer, boolean undo) {
        services.claims().setChecked(claimId, item, undo != checked, reviewer);
        return Refresh.claim(claimId);
    }
}
