import { cleanup, fireEvent, render, screen, within } from "../testing/library";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { CallReview, FieldChange, FormSchema } from "../bindings";
import { ReviewPanel } from "./ReviewPanel";

const review: CallReview = {
  operation: "naver.switch_stream",
  method: "PUT",
  url: "http://127.0.0.1:1/api/v2/channels/ls-1/switch-stream",
  headers: [["x-ncp-apigw-signature-v2", "••••••"]],
  body: null,
  signing: "Signed with your access key.",
  curl: "curl …",
  warning: null,
  facts: {
    target: [{ field: "channelId", label: "Channel ID", value: "ls-1" }],
    effects: ["The backup stream will go on air on channel main_stage (now: main stream)."],
    refusals: [],
    cleared: [],
  },
};

afterEach(cleanup);

describe("ReviewPanel", () => {
  it("says the effect and the target, not 'nothing changes', with the request collapsed", async () => {
    render(<ReviewPanel review={review} changes={[]} schema={{}} />);
    expect(screen.getByTestId("review-effects").textContent).toContain("backup stream will go on air");
    expect(screen.getByTestId("review-target").textContent).toContain("ls-1");
    expect(screen.queryByTestId("diff")).toBeNull();
    const details = screen.getByTestId("review-technical");
    expect(details.hasAttribute("open")).toBe(false);
    // Made only when asked for: closed, the request is not in the page at all.
    expect(within(details).queryByTestId("review-request")).toBeNull();
    (details as HTMLDetailsElement).open = true;
    fireEvent(details, new Event("toggle"));
    expect((await within(details).findByTestId("review-request")).textContent).toContain("PUT");
    expect(within(details).getByTestId("review-curl").textContent).toBe("curl …");
  });

  it("flags a refusal with its reason and what to do", () => {
    const refused: CallReview = {
      ...review,
      facts: {
        ...review.facts,
        effects: [],
        refusals: [{ reason: "channel_not_publishing", message: "Channel ls-1 is READY.", hint: "Start streaming." }],
      },
    };
    render(<ReviewPanel review={refused} changes={[]} schema={{}} />);
    const flag = screen.getByRole("alert");
    expect(flag.textContent).toContain("not receiving a stream");
    expect(flag.textContent).toContain("Start streaming.");
  });

  it("shows changes in the form's words: each label, what it was and what it will be", () => {
    const changes: FieldChange[] = [{
      field: "security.privacy.type", label: "Security › Privacy › Type",
      old: "SECURITY_PRIVACY_TYPE_PUBLIC", new: "SECURITY_PRIVACY_TYPE_TOKEN",
      old_text: "Public", new_text: "Token or redeem code", cleared: false,
    }, {
      field: "CasterName", label: "Production studio name", old: "Main", new: null,
      old_text: "Main", new_text: "not set", cleared: true,
    }];
    render(<ReviewPanel review={{ ...review, facts: { ...review.facts, effects: [] } }} changes={changes} schema={{}} />);
    const diff = screen.getByTestId("diff");
    expect(diff.textContent).not.toContain("SECURITY_PRIVACY_TYPE");
    // Read out as a list of terms and their values, the old one marked as removed.
    expect(within(diff).getAllByRole("term").map((term) => term.textContent)).toEqual(["Security › Privacy › Type", "Production studio name"]);
    const [privacy, name] = within(diff).getAllByRole("definition");
    expect(privacy?.querySelector("del")?.textContent).toBe("Public");
    expect(privacy?.querySelector("ins")?.textContent).toBe("Token or redeem code");
    // Read in order, arrow included: a screen reader that does not announce removed/inserted
    // text still hears which value is which.
    expect(privacy?.textContent).toBe("Public → Token or redeem code");
    expect(diff.querySelector("[aria-hidden]")).toBeNull();
    // A value the send clears says so, in place of the new value.
    expect(name?.querySelector("ins")?.textContent).toBe("will be cleared");
    expect(diff.querySelector('[data-field="CasterName"]')?.getAttribute("data-cleared")).toBe("true");
  });

  describe("a changed date-time, in Asia/Taipei", () => {
    const zoneBefore = process.env.TZ;
    beforeAll(() => { process.env.TZ = "Asia/Taipei"; });
    afterAll(() => {
      if (zoneBefore === undefined) delete process.env.TZ;
      else process.env.TZ = zoneBefore;
    });

    it("reads in local time and words, in the diff and in the sentence, not as the UTC text sent", () => {
      const schema: FormSchema = {
        type: "object",
        properties: { scheduled_at: { anyOf: [{ type: "string", format: "date-time" }, { type: "null" }], title: "Scheduled start" } },
      };
      const changes: FieldChange[] = [{
        field: "scheduled_at", label: "Scheduled start", old: null, new: "2025-06-30T18:00:00Z",
        old_text: "not set", new_text: "2025-06-30T18:00:00Z", cleared: false,
      }];
      const effects = ["Scheduled start will be 2025-06-30T18:00:00Z (now: not set)."];
      render(<ReviewPanel review={{ ...review, facts: { ...review.facts, effects } }} changes={changes} schema={schema} />);
      const diff = screen.getByTestId("diff").textContent;
      expect(diff).toContain("Tue, Jul 1, 2025, 2:00 AM GMT+8");
      expect(diff).not.toContain("2025-06-30T18");
      expect(screen.getByTestId("review-effects").textContent).toBe("Scheduled start will be Tue, Jul 1, 2025, 2:00 AM GMT+8 (now: not set).");
    });
  });
});
