import { describe, expect, it } from "vitest";
import { undoReason, when } from "./words";

describe("history words", () => {
  it("names the month, so a date cannot be read two ways", () => {
    const text = when(Date.UTC(2026, 11, 4, 14, 2));
    expect(text).not.toMatch(/^\d{1,2}\/\d{1,2}\/\d{4}/u);
    expect(text).toMatch(/Dec|12月|déc|Dez/u);
    expect(text).toMatch(/2026/u);
  });

  it("gives a reason for every greyed-out Undo", () => {
    for (const blocked of ["read", "not_applied", "sending", "nothing_read", "already_undone", null] as const) {
      const reason = undoReason({ can_undo: false, undo_blocked: blocked, undone_by: 7 });
      expect(reason.length).toBeGreaterThan(10);
      expect(reason).not.toMatch(/_/u);
    }
    expect(undoReason({ can_undo: false, undo_blocked: "already_undone", undone_by: 7 })).toContain("#7");
    expect(undoReason({ can_undo: true, undo_blocked: null, undone_by: null })).toBe("");
  });
});
