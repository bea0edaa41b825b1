-- ClaimDesk schema, version 4: a version per claim and evidence row, as on the team server
-- (db/postgresql/V1). A new row is version 1; every update raises it by one, whatever the client
-- sends. The store changes a row only "WHERE id = ? AND version = <the version read>", so a change
-- based on an older version of the row is refused instead of overwriting someone's work.

ALTER TABLE claim ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE evidence ADD COLUMN version INTEGER NOT NULL DEFAULT 1;

CREATE TRIGGER claim_version_new BEFORE INSERT ON claim
WHEN NEW.version IS NOT 1
BEGIN
    SELECT RAISE(ABORT, 'a new claim starts at version 1');
END;

-- Only the database raises a version (the raise below sets OLD + 1, which this lets through).
CREATE TRIGGER claim_version_kept BEFORE UPDATE OF version ON claim
WHEN NEW.version IS NOT OLD.version AND NEW.version IS NOT OLD.version + 1
BEGIN
    SELECT RAISE(ABORT, 'the version of a claim is kept by the database');
END;

-- SQLite cannot assign NEW in a trigger: the row is raised right after the update, in the same
-- statement. Triggers do not fire themselves again (recursive_triggers is off).
CREATE TRIGGER claim_version_raise AFTER UPDATE ON claim
WHEN NEW.version = OLD.version
BEGIN
    UPDATE claim SET version = OLD.version + 1 WHERE id = NEW.id;
END;

CREATE TRIGGER evidence_version_new BEFORE INSERT ON evidence
WHEN NEW.version IS NOT 1
BEGIN
    SELECT RAISE(ABORT, 'a new evidence item starts at version 1');
END;

CREATE TRIGGER evidence_version_kept BEFORE UPDATE OF version ON evidence
WHEN NEW.version IS NOT OLD.version AND NEW.version IS NOT OLD.version + 1
BEGIN
    SELECT RAISE(ABORT, 'the version of an evidence item is kept by the database');
END;

CREATE TRIGGER evidence_version_raise AFTER UPDATE ON evidence
WHEN NEW.version = OLD.version
BEGIN
    UPDATE evidence SET version = OLD.version + 1 WHERE id = NEW.id;
END;
