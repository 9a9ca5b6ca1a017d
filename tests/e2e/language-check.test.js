// The language check used by languages.test.js, on texts whose answer is known (no window).
import assert from "node:assert/strict";
import { test } from "node:test";
import { assertLanguage, languageProblem } from "./language-check.js";

test("an English sentence fails in every other language, and passes in English", () => {
  const english = "The backup stream will go on air on channel ls-20250814123456-zTwK2 (now: main stream).";
  assert.equal(languageProblem(english, "en"), null);
  for (const lang of ["ko", "ja", "zh-Hans", "zh-Hant"]) {
    assert.match(languageProblem(english, lang), /English words: “The backup stream/u, lang);
    assert.throws(() => assertLanguage(english, lang, { where: "review" }), /review is not in/u);
  }
});

test("translated sentences pass, with ids, codes, addresses, names and quoted vendor words left in", () => {
  const ok = {
    ko: "채널 ls-20250814123456-zTwK2에서 백업 스트림이 송출됩니다 (현재: 메인 스트림). 상태: PUBLISHING",
    ja: "チャンネル ls-20250814123456-zTwK2 でバックアップ ストリームが放送されます。NAVER Cloud Live Station の応答: “Channel is not publishing now”",
    "zh-Hans": "频道 ls-20250814123456-zTwK2 将切换到备用流。请求已发送到 https://livestation.apigw.ntruss.com/api/v2/channels。",
    "zh-Hant": "頻道 ls-20250814123456-zTwK2 將切換到備用串流，帳號 Sandbox – NAVER Cloud Live Station。",
  };
  for (const [lang, text] of Object.entries(ok)) {
    assert.equal(languageProblem(text, lang, ["Sandbox – NAVER Cloud Live Station"]), null, lang);
  }
});

test("a text in the wrong script fails: Chinese is not Japanese, Korean is not Chinese, CJK is not English", () => {
  assert.match(languageProblem("频道将切换到备用流。", "ja"), /no kana/u);
  assert.match(languageProblem("백업 스트림이 송출됩니다.", "zh-Hans"), /no Han/u);
  assert.match(languageProblem("备用流", "en"), /Chinese, Japanese or Korean/u);
  assert.match(languageProblem("", "ko"), /empty/u);
  // Two English words among Korean are a term, not an untranslated sentence.
  assert.equal(languageProblem("Live Station 채널의 Output protocol 설정", "ko"), null);
});
