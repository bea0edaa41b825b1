package dev.claimdesk.ui.action;

import java.util.List;

/** Writes one entry of {@link ActionCatalogue} readably; defaults: a command anywhere in the window, always enabled. */
final class SpecBuilder {
    private final TopMenu menu;
    private final ActionId id;
    private final String stem;
    private final String name;
    private String description;
    private List<Key> keys = List.of();
    private List<Key> queueKeys = List.of();
    private String keysShownAs;
    private Scope scope = Scope.WINDOW;
    private String icon;
    private Condition when = Condition.ALWAYS;
    private ActionSpec.Kind kind = ActionSpec.Kind.COMMAND;
    private boolean separatorBefore;
    private String toolbarStem;

    SpecBuilder(TopMenu menu, ActionId id, String stem, String name) {
        this.menu = menu;
        this.id = id;
        this.stem = stem;
        this.name = name;
        this.toolbarStem = stem;
    }

    SpecBuilder does(String text) {
        description = text;
        return this;
    }

    SpecBuilder keys(Key... k) {
        keys = List.of(k);
        return this;
    }

    SpecBuilder queueKeys(Key... k) {
        queueKeys = List.of(k);
        return this;
    }

    SpecBuilder keysShownAs(String text) {
        keysShownAs = text;
        return this;
    }

    SpecBuilder scope(Scope s) {
        scope = s;
        return this;
    }

    SpecBuilder icon(String svg) {
        icon = svg;
        return this;
    }

    SpecBuilder when(Condition c) {
        when = c;
        return this;
    }

    SpecBuilder kind(ActionSpec.Kind k) {
        kind = k;
        return this;
    }

    SpecBuilder separatorBefore() {
        separatorBefore = true;
        return this;
    }

    SpecBuilder toolbarStem(String s) {
        toolbarStem = s;
        return this;
    }

    ActionSpec build() {
        return new ActionSpec(
                id,
                menu,
                separatorBefore,
                kind,
                name,
                description,
                keys,
                queueKeys,
                keysShownAs,
                scope,
                icon,
                when,
                stem,
                toolbarStem);
    }
}
