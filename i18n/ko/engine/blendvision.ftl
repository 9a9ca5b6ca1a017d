# BlendVision One: the engine's sentences (summaries, effects, checks, explanations).

## common.rs

blendvision-status-wait-for-preview = 미리보기 대기
blendvision-status-live = 방송 중
blendvision-status-live-end = 종료됨
blendvision-status-vod = 영상으로 시청 가능
blendvision-status-preparing = 준비 중
blendvision-status-scheduled = 예약됨
blendvision-status-initiating = 시작하는 중
blendvision-status-preview = 미리보기 중
blendvision-status-encoding = 영상 인코딩 중
blendvision-status-vod-ready = 영상 준비됨
blendvision-status-closed = 닫힘
blendvision-status-canceling = 취소하는 중
blendvision-status-archiving = 보관 처리 중
blendvision-status-archived = 보관됨
blendvision-status-fail-to-create = 생성 실패
blendvision-status-fail-to-preview = 미리보기 실패
blendvision-status-fail-to-end = 종료 실패
blendvision-status-fail-to-vod = 영상 만들기 실패
blendvision-status-fail-to-cancel = 취소 실패
blendvision-status-fail-to-archive = 보관 실패
blendvision-resolution-hd = 고화질(HD, 720p)
blendvision-resolution-fhd = 풀 HD(FHD, 1080p)
blendvision-resolution-4k = 초고화질(4K, 2160p)
blendvision-state-status = 상태: { $status }.
blendvision-state-privacy-token-limit = 공개 범위: 시청자에게 토큰이나 이용 코드가 필요합니다(하나당 기기 최대 { $limit }대).
blendvision-state-privacy-token = 공개 범위: 시청자에게 토큰이나 이용 코드가 필요합니다(기기 수 제한 없음).
blendvision-state-privacy-public = 공개 범위: 공개, 누구나 볼 수 있습니다.
blendvision-state-watermark = 워터마크: { $state }.
blendvision-state-chatroom = 라이브 중 채팅방: { $state }.
blendvision-state-download = 다운로드용 저장: { $state }.
blendvision-unknown-live = BlendVision One의 이 조직에는 ID가 “{ $id }”인 라이브가 없습니다.
blendvision-unknown-live-hint = 라이브 ID를 확인하고(라이브가 삭제되었을 수 있습니다), 계정의 조직이 라이브의 조직인지 확인하세요.

## get_live.rs

blendvision-live-named = 라이브 “{ $name }”({ $id }).
blendvision-live = 라이브 { $id }.
blendvision-resolution = 해상도: { $resolution }.

## list_lives.rs

blendvision-live-detail = { $status } · { $resolution }
blendvision-lives-none = 조건에 맞는 라이브가 없습니다.
blendvision-lives-page = 라이브 { $count }개 중 이 페이지에 { $shown }개를 표시합니다.
blendvision-lives-count = 라이브 { $count }개.

## update_live.rs

blendvision-check-vod-order = 공개 종료는 공개 시작보다 늦어야 합니다.
blendvision-check-message-ttl = 메시지 보관 기간은 { $min }s~{ $max }s여야 합니다.
blendvision-check-batch-window = 메시지 묶음 전달 간격은 { $min }s~{ $max }s여야 합니다.
blendvision-effect-live-now = 라이브 “{ $name }”은(는) 지금 { $status } 상태입니다: 시청자가 변경 사항을 바로 봅니다.
blendvision-effect-not-live = 라이브 “{ $name }”은(는) 지금 { $status } 상태입니다: 변경 사항은 지금부터 적용됩니다.
blendvision-updated-named = 라이브 “{ $name }”({ $id })을(를) 업데이트했습니다.
blendvision-updated = 라이브 { $id }을(를) 업데이트했습니다.
blendvision-current-no-security = BlendVision One이 라이브의 보안 설정을 돌려주지 않았습니다. 보내기 전에 입력하세요.
blendvision-immutable = BlendVision One이 “{ $field }”을(를) 받아들이지 않았습니다: 라이브를 만들 때 정해지며 바꿀 수 없습니다.
blendvision-immutable-hint = “{ $field }”을(를) 비워 두거나, 현재 값을 그대로 두고 보내기를 누르세요.
