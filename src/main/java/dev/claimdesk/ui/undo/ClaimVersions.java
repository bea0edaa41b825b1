package dev.claimdesk.ui.undo;

import dev.claimdesk.app.AppServices;
import dev.claimdesk.app.ClaimService;
import dev.claimdesk.domain.Claim;
import dev.claimdesk.domain.ClaimState;
import dev.claimdesk.domain.DismissReason;
import java.util.ArrayList;
import java.util.List;

/**
 * Claims put back to their earlier versions (undo) or forward again (redo), all in one
 * transaction: a split, a merge, a verdict, an action. Refused whole if any of them changed since.
 */
public final class ClaimVersions implements Change {
    private final String name;
    private final List<Claim> before;
    private final List<Claim> after;

    /** {@code before.get(i)} and {@code after.get(i)} are two versions of the same claim. */
    public ClaimVersions(String name, List<Claim> before, List<Claim> after) {
        if (before.size() != after.size()) {
            throw new IllegalArgumentException("before and after must name the same claims");
        }
        this.name = name;
        this.before = List.copyOf(before);
        this.after = List.copyOf(after);
    }

    /** One claim's change. */
    public static ClaimVersions of(String name, Claim before, Claim after) {
        return new ClaimVersions(name, List.of(before), List.of(after));
    }

    /** How a claim that an edit added looks once the addition is undone: dismissed, its history kept. */
    public static Claim withdrawn(Claim added) {
        return added.toBuilder()
                .state(ClaimState.DISMISSED)
                .dismissReason(DismissReason.NOT_SIGNIFICANT)
                .build();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Refresh apply(AppServices services, String reviewer, boolean undo) {
        List<Claim> expected = undo ? after : before;
        List<Claim> target = undo ? before : after;
        List<ClaimService.Restore> steps = new ArrayList<>();
        for (int i = 0; i < target.size(); i++) {
            steps.add(new ClaimService.Restore(target.get(i).id(), expected.get(i), target.get(i)));
        }
        return Refresh.claims(services.claims().restore(steps, verb(undo), reviewer));
    }
}
