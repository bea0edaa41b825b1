package dev.claimdesk.store.postgres;

import static dev.claimdesk.store.postgres.TeamDesk.TRUE_LABEL;
import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdesk.domain.ClaimAction;
import dev.claimdesk.domain.ClaimState;
import dev.claimdesk.domain.ClaimWorkflow;
import dev.claimdesk.domain.DismissReason;
import dev.claimdesk.domain.TeamRole;
import dev.claimdesk.domain.Transition;
import dev.claimdesk.domain.TransitionRequest;
import dev.claimdesk.testsupport.PgDatabase;
import dev.claimdesk.testsupport.PostgresTest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The workflow on the server, through plain JDBC: exactly the moves of {@link ClaimWorkflow},
 * decisions by editors only, never on one's own verdict, and a verdict that stays as it was
 * reviewed.
 */
@PostgresTest
class ServerWorkflowTest {
    static TeamDesk desk;

    @BeforeAll
    static void setUp(PgDatabase db) {
        desk = TeamDesk.setUp(db);
    }

    /** Every move ClaimWorkflow allows: from, to, action (with everything the action needs). */
    static List<Arguments> allowedMoves() {
        List<Arguments> out = new ArrayList<>();
        for (ClaimAction action : ClaimAction.values()) {
            for (ClaimState from : ClaimWorkflow.sourcesOf(action)) {
                Transition t = ClaimWorkflow.decide(
                        from, new TransitionRequest(action, "editor", "A comment.", DismissReason.OPINION, "proposer"));
                out.add(Arguments.of(from, ((Transition.Allowed) t).to(), action));
            }
        }
        return out;
    }

    /** Every other pair of different states. */
    static Stream<Arguments> forbiddenMoves() {
        Set<List<ClaimState>> allowed = new HashSet<>();
        for (Arguments a : allowedMoves()) {
            allowed.add(List.of((ClaimState) a.get()[0], (ClaimState) a.get()[1]));
        }
        List<Arguments> out = new ArrayList<>();
        for (ClaimState from : ClaimState.values()) {
            for (ClaimState to : ClaimState.values()) {
                if (from != to && !allowed.contains(List.of(from, to))) {
                    out.add(Arguments.of(from, to));
                }
            }
        }
        return out.stream();
    }

    @Test
    void theServersTransitionsAreExactlyClaimWorkflows() throws SQLException {
        Set<List<Object>> expected = new HashSet<>();
        for (Arguments a : allowedMoves()) {
            ClaimAction action = (ClaimAction) a.get()[2];
            expected.add(List.of(
                    a.get()[0].toString(),
                    a.get()[1].toString(),
                    action.name(),
                    action.label(),
                    !TeamRole.REVIEWER.allows(action)));
        }
        Set<List<Object>> onServer = new HashSet<>();
        try (Connection c = desk.as("ada");
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(
                        "SELECT from_state, to_state, action, action_label, editors_only FROM claim_transition")) {
            while (rs.next()) {
                onServer.add(
                        List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBoolean(5)));
            }
        }
        assertThat(onServer).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1} ({2})")
    @MethodSource("allowedMoves")
    void anAllowedMoveIsTakenByThoseWhoseRoleAllowsIt(ClaimState from, ClaimState to, ClaimAction action)
            throws SQLException {
        if (action == ClaimAction.ADJUDICATE) {
            return; // needs two differing blind verdicts first: ServerBlindReviewTest
        }
        for (String who : new String[] {"ada", "eve"}) {
            TeamRole role = who.equals("ada") ? TeamRole.REVIEWER : TeamRole.EDITOR;
            long claim = claimIn(from);
            if (role.allows(action)) {
                assertThat(move(who, claim, to)).isEqualTo(1);
                assertThat(state(claim)).isEqualTo(to.name());
            } else {
                desk.assertRefused(
                        ServerRule.EDITORS_ONLY,
                        "Only an editor can " + action.label() + " a claim; ask an editor of your desk.",
                        () -> move(who, claim, to));
                assertThat(state(claim)).isEqualTo(from.name());
            }
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("forbiddenMoves")
    void everyOtherMoveIsRefusedEvenToAnEditor(ClaimState from, ClaimState to) throws SQLException {
        long claim = claimIn(from);
        desk.assertRefused(
                ServerRule.TRANSITION_NOT_ALLOWED,
                "A claim that is " + from.label() + " cannot become " + to.label() + ".",
                () -> move("eve", claim, to));
        assertThat(state(claim)).isEqualTo(from.name());
    }

    @Test
    void approvingOnesOwnVerdictIsRefused() throws SQLException {
        long claim = desk.claimWithVerdict("eve");
        move("eve", claim, ClaimState.READY_FOR_REVIEW);

        String fourEyes = "You proposed this verdict, so a second reviewer has to approve it (four-eyes rule).";
        desk.assertRefused(ServerRule.FOUR_EYES, fourEyes, () -> move("eve", claim, ClaimState.APPROVED));
        desk.assertRefused(
                ServerRule.FOUR_EYES,
                fourEyes,
                () -> desk.update(
                        "eve",
                        "INSERT INTO review (claim_id, reviewer, label_id, kind, created_at)"
                                + " VALUES (?, 'eli', 1, 'APPROVAL', now())",
                        claim));
        assertThat(state(claim)).isEqualTo("READY_FOR_REVIEW");

        assertThat(move("eli", claim, ClaimState.APPROVED)).isEqualTo(1);
        assertThat(desk.one("ada", "SELECT verdict_by FROM claim WHERE id = ?", claim))
                .isEqualTo(desk.login("eve"));
    }

    @Test
    void theVerdictCannotBeRewrittenOnTheWayToApproval() throws SQLException {
        long claim = desk.claimWithVerdict("ada");
        move("ada", claim, ClaimState.READY_FOR_REVIEW);
        // Eve may not make Ada's verdict her own and approve it in the same breath.
        desk.assertRefused(
                ServerRule.VERDICT_LOCKED,
                "The verdict of a claim that is ready for review cannot change: an editor has to return it first.",
                () -> desk.update(
                        "eve", "UPDATE claim SET rationale = 'Mine.', state = 'APPROVED' WHERE id = ?", claim));
        move("eve", claim, ClaimState.APPROVED);
        desk.assertRefused(
                ServerRule.VERDICT_LOCKED,
                "The verdict of a claim that is approved cannot change: an editor has to reopen it first.",
                () -> desk.update("eli", "UPDATE claim SET verdict_label_id = 5 WHERE id = ?", claim));
        assertThat(desk.one("ada", "SELECT rationale FROM claim WHERE id = ?", claim))
                .isEqualTo("Checked.");
    }

    @Test
    void aReviewerCannotRecordTheDecisionsOfEditors() {
        for (String kind : new String[] {"APPROVAL", "RETURN", "ADJUDICATION"}) {
            String what = switch (kind) {
                case "APPROVAL" -> "an approval";
                case "RETURN" -> "a return";
                default -> "an adjudication";
            };
            desk.assertRefused(
                    ServerRule.EDITORS_ONLY,
                    "Only an editor can record " + what + "; ask an editor of your desk.",
                    () -> desk.update(
                            "ada",
                            "INSERT INTO review (claim_id, reviewer, kind, created_at) VALUES (?, 'eve', ?, now())",
                            desk.claimWithVerdict("bea"),
                            kind));
        }
    }

    @Test
    void aMoveWithoutWhatItNeedsIsRefused() throws SQLException {
        long noVerdict = desk.claim("ada", desk.article("ada"), "IN_RESEARCH");
        desk.assertRefused(
                ServerRule.TRANSITION_NEEDS_DATA,
                "Choose a verdict before submitting the claim for review.",
                () -> move("ada", noVerdict, ClaimState.READY_FOR_REVIEW));

        long open = desk.claim("ada", desk.article("ada"), "OPEN");
        desk.assertRefused(
                ServerRule.TRANSITION_NEEDS_DATA,
                "Choose why the claim is dismissed: opinion, prediction, not significant or duplicate.",
                () -> move("ada", open, ClaimState.DISMISSED));
        assertThat(desk.update(
                        "ada", "UPDATE claim SET state = 'DISMISSED', dismiss_reason = 'OPINION' WHERE id = ?", open))
                .isEqualTo(1);

        long unproposed = desk.claim("ada", desk.article("ada"), "OPEN");
        desk.force(unproposed, "READY_FOR_REVIEW", null, null, null);
        desk.assertRefused(
                ServerRule.TRANSITION_NEEDS_DATA,
                "There is no proposed verdict to approve.",
                () -> move("eve", unproposed, ClaimState.APPROVED));
    }

    @ParameterizedTest
    @ValueSource(strings = {"READY_FOR_REVIEW", "APPROVED", "DISMISSED"})
    void aNewClaimStartsBeforeReview(String state) {
        desk.assertRefused(
                ServerRule.NEW_CLAIM_STATE,
                "A new claim starts as proposed, open or in research, not as "
                        + ClaimState.valueOf(state).label() + ".",
                () -> desk.claim("eve", desk.article("eve"), state));
    }

    /** A claim in {@code state} with a verdict by bea and a dismissal reason, as any move needs. */
    private long claimIn(ClaimState state) throws SQLException {
        long claim = desk.claim("ada", desk.article("ada"), "PROPOSED");
        desk.force(claim, state.name(), TRUE_LABEL, desk.login("bea"), "OPINION");
        return claim;
    }

    private int move(String who, long claim, ClaimState to) throws SQLException {
        return desk.update(who, "UPDATE claim SET state = ? WHERE id = ?", to.name(), claim);
    }

    private String state(long claim) throws SQLException {
        return desk.one("ada", "SELECT state FROM claim WHERE id = ?", claim);
    }
}
