import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatLocalDateTime, localInputToUtc, localZoneName, utcOffset, utcToLocalInput } from "./dateTime";

// Node follows a change of TZ at once (Date and Intl), so each block pins its own zone.
const zoneBefore = process.env.TZ;
function inZone(zone: string) {
  beforeAll(() => { process.env.TZ = zone; });
  afterAll(() => {
    if (zoneBefore === undefined) delete process.env.TZ;
    else process.env.TZ = zoneBefore;
  });
}

describe("in Asia/Taipei (UTC+8, no clock changes)", () => {
  inZone("Asia/Taipei");

  it("shows a UTC value in local time and sends local time back as UTC with seconds", () => {
    expect(utcToLocalInput("2025-06-30T18:00:00Z")).toBe("2025-07-01T02:00");
    expect(localInputToUtc("2025-07-01T02:00")).toBe("2025-06-30T18:00:00Z");
    expect(localInputToUtc("2025-07-01T09:30")).toBe("2025-07-01T01:30:00Z");
  });

  it("keeps seconds a loaded value has, and reads other offsets the vendor may answer with", () => {
    expect(utcToLocalInput("2025-06-30T18:00:30Z")).toBe("2025-07-01T02:00:30");
    expect(localInputToUtc("2025-07-01T02:00:30")).toBe("2025-06-30T18:00:30Z");
    expect(utcToLocalInput("2025-07-01T03:00:00.500+09:00")).toBe("2025-07-01T02:00");
  });

  it("leaves empty as empty, and unreadable text unshown", () => {
    expect(utcToLocalInput("")).toBe("");
    expect(utcToLocalInput(null)).toBe("");
    expect(utcToLocalInput("tomorrow 9am")).toBe("");
    expect(localInputToUtc("")).toBe("");
    expect(localInputToUtc("2025-07-01")).toBe("");
  });

  it("names the zone and its offset", () => {
    expect(localZoneName()).toBe("Asia/Taipei");
    expect(utcOffset(new Date("2025-01-01T00:00:00Z"))).toBe("+8");
  });

  it("words a UTC value in local time, in the window's language", () => {
    expect(formatLocalDateTime("2025-06-30T18:00:00Z", "en")).toBe("Tue, Jul 1, 2025, 2:00 AM GMT+8");
    expect(formatLocalDateTime("2025-06-30T18:00:00Z", "zh-Hant")).toMatch(/2025.*7.*1.*GMT\+8/u);
    expect(formatLocalDateTime("not set", "en")).toBeNull();
  });
});

describe("in America/New_York (clocks change)", () => {
  inZone("America/New_York");

  it("uses the offset of the day picked: UTC-5 in winter, UTC-4 in summer", () => {
    expect(localInputToUtc("2026-01-15T09:00")).toBe("2026-01-15T14:00:00Z");
    expect(localInputToUtc("2026-07-15T09:00")).toBe("2026-07-15T13:00:00Z");
    expect(utcToLocalInput("2026-07-15T13:00:00Z")).toBe("2026-07-15T09:00");
    expect(utcOffset(new Date("2026-01-15T14:00:00Z"))).toBe("-5");
    expect(utcOffset(new Date("2026-07-15T13:00:00Z"))).toBe("-4");
  });

  it("moves a time skipped when clocks go forward on by the hour skipped", () => {
    // 8 March 2026: 02:00 EST becomes 03:00 EDT, 02:30 does not exist.
    expect(localInputToUtc("2026-03-08T02:30")).toBe("2026-03-08T07:30:00Z");
    expect(utcToLocalInput("2026-03-08T07:30:00Z")).toBe("2026-03-08T03:30");
  });

  it("takes the first of a time that happens twice when clocks go back", () => {
    // 1 November 2026: 02:00 EDT becomes 01:00 EST, 01:30 happens twice.
    expect(localInputToUtc("2026-11-01T01:30")).toBe("2026-11-01T05:30:00Z");
    expect(utcToLocalInput("2026-11-01T06:30:00Z")).toBe("2026-11-01T01:30");
  });
});
