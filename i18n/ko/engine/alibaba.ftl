# Alibaba Cloud ApsaraVideo Live: 프로덕션 스튜디오 작업의 문장 (src-tauri/crates/livedesk-operations/src/ops/alibaba/).

## common.rs

alibaba-list-join = { $list }, { $item }
alibaba-note-custom-params = 트랜스코딩에 이 양식으로 보내기를 할 수 없는 사용자 지정 비디오 매개변수(CustomParams)가 있습니다. 보내기를 하면 출력 해상도와 라이브 트랜스코딩 템플릿만 유지됩니다.
alibaba-note-on-demand = 온디맨드 녹화가 설정되어 있습니다(OnDemand { $mode }). SetCasterConfig에는 이에 해당하는 매개변수가 없으므로 이 양식에 포함되지 않습니다.
alibaba-note-auto-switch-unreadable = 자동 전환 설정을 읽을 수 없어 비워 둡니다.
alibaba-note-auto-switch-extra = 자동 전환에 이 양식으로 보내기를 할 수 없는 설정이 있습니다({ $names }).
alibaba-note-audio-mixer = 오디오 믹서 모드({ $mode })에 해당하는 SetCasterConfig 매개변수가 없어 이 양식으로는 변경할 수 없습니다.

## describe_casters.rs

alibaba-caster-idle = 유휴
alibaba-caster-streaming = 스트리밍 중
alibaba-caster-status = 상태 { $status }
alibaba-caster-channels-on = 채널 켜짐
alibaba-casters-none = 조건에 맞는 프로덕션 스튜디오가 없습니다.
alibaba-casters-count = 프로덕션 스튜디오 { $count }개.
alibaba-casters-page = 프로덕션 스튜디오 { $count }개, 이 페이지에 { $shown }개 표시.

## describe_caster_config.rs

alibaba-studio-named = 프로덕션 스튜디오 “{ $name }”({ $id }).
alibaba-studio = 프로덕션 스튜디오 { $id }.
alibaba-domain = 스트리밍 도메인: { $domain }.
alibaba-domain-none = 스트리밍 도메인: 없음(없으면 스튜디오를 시작할 수 없습니다).
alibaba-transcoding = 트랜스코딩: { $template }.
alibaba-transcoding-plus = 트랜스코딩: { $template }, 추가로 { $live }.
alibaba-transcoding-none = 트랜스코딩: 없음(없으면 스튜디오를 시작할 수 없습니다).
alibaba-recording-on = 녹화: 켜짐, 스토리지 버킷 { $bucket }에 { $formats } 형식으로 저장.
alibaba-recording-no-bucket = (없음)
alibaba-recording-off = 녹화: 꺼짐.
alibaba-delay = 지연: { $seconds }초.
alibaba-delay-off = 지연: 꺼짐.
alibaba-auto-switch = 대기 소스로 자동 전환: { $state }.
alibaba-channels-on = 채널: 켜짐(다시 끌 수 없습니다).
alibaba-channels-off = 채널: 꺼짐.
alibaba-error-no-studio = Alibaba Cloud의 이 리전에는 프로덕션 스튜디오 “{ $id }”가 없습니다.
alibaba-error-no-studio-hint = 스튜디오 ID(콘솔의 클라우드 프로덕션 스튜디오 목록)와 계정의 리전을 확인하세요.

## set_caster_config.rs

alibaba-set-done-named = 프로덕션 스튜디오 “{ $name }”({ $id })에 보낸 구성이 적용되었습니다.
alibaba-set-done = 프로덕션 스튜디오 { $id }에 보낸 구성이 적용되었습니다.
alibaba-set-cleared = 비워 두어 이제 지워진 항목: { $fields }.
alibaba-set-effect = 프로덕션 스튜디오 { $id }의 구성이 아래와 정확히 같아집니다. Alibaba Cloud는 구성 전체를 교체합니다.
alibaba-set-effect-cleared = 비워 두어 보내기를 하면 지워지는 항목: { $fields }.
alibaba-error-channels-stay-on = 이 프로덕션 스튜디오는 채널이 켜져 있으며, Alibaba Cloud에서는 채널을 다시 끌 수 없습니다.
alibaba-error-channels-stay-on-hint = 채널을 켜기로 설정하고 다시 보내기를 하세요.
alibaba-error-channels-need-stop = 채널은 프로덕션 스튜디오가 정지된 동안에만 처음으로 켤 수 있습니다.
alibaba-error-channels-need-stop-hint = 먼저 스튜디오를 정지한 다음(또는 채널을 끈 상태로 두고) 다시 보내기를 하세요.
alibaba-error-in-use = 프로덕션 스튜디오가 사용 중이어서 Alibaba Cloud에서 지금은 구성을 변경할 수 없습니다.
alibaba-error-in-use-hint = 스튜디오를 정지하거나, 유휴 상태일 때 다시 시도하세요.
alibaba-error-no-domain = Alibaba Cloud에서 스트리밍 도메인 “{ $domain }”을(를) 찾을 수 없습니다.
alibaba-error-no-domain-hint = 도메인을 확인하세요. 이 계정에 추가된 스트리밍 도메인이어야 합니다.
