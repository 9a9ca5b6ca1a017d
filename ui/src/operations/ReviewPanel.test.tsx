import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import type { CallReview, FieldChange } from "../bindings";
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
  it("says the effect and the target, not 'nothing changes', with the request collapsed", () => {
    render(<ReviewPanel review={review} changes={[]} />);
    expect(screen.getByTestId("review-effects").textContent).toContain("backup stream will go on air");
    expect(screen.getByTestId("review-target").textContent).toContain("ls-1");
    expect(screen.queryByTestId("diff")).toBeNull();
    const details = screen.getByTestId("review-technical");
    expect(details.hasAttribute("open")).toBe(false);
    expect(within(details).getByTestId("review-request").textContent).toContain("PUT");
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
    render(<ReviewPanel review={refused} changes={[]} />);
    const flag = screen.getByRole("alert");
    expect(flag.textContent).toContain("not receiving a stream");
    expect(flag.textContent).toContain("Start streaming.");
  });

  it("shows changes in the form's words", () => {
    const changes: FieldChange[] = [{
      field: "security.privacy.type", label: "Security › Privacy › Type",
      old: "SECURITY_PRIVACY_TYPE_PUBLIC", new: "SECURITY_PRIVACY_TYPE_TOKEN",
      old_text: "Public", new_text: "Token or redeem code", cleared: false,
    }];
    render(<ReviewPanel review={{ ...review, facts: { ...review.facts, effects: [] } }} changes={changes} />);
    const diff = screen.getByTestId("diff");
    expect(diff.textContent).toContain("Public");
    expect(diff.textContent).toContain("Token or redeem code");
    expect(diff.textContent).not.toContain("SECURITY_PRIVACY_TYPE");
  });
});
