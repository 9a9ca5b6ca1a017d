# NAVER Cloud Live Station: 작업이 하는 말(검토, 요약, 설명). 용어는 i18n/glossary/ko.toml을 따릅니다.

## common.rs

naver-status-creating = 생성 중
naver-status-ready = 준비됨, 송출 중 아님
naver-status-publishing = 송출 중
naver-status-stopped = 정지
naver-status-force-block = 네이버 클라우드에 의한 강제 정지
naver-status-deleted = 반납됨
naver-status-reserved = 송출 예약됨
naver-status-unknown = 알 수 없는 상태
naver-channel-name = “{ $name }”({ $id })
naver-unknown-channel = 네이버 클라우드의 이 계정과 리전에 “{ $channel }” 채널이 없습니다.
naver-unknown-channel-hint = Live Station 콘솔에서 채널 ID를 확인하고, 계정의 리전도 확인하세요.

## get_channel.rs

naver-channel-is = 채널 { $name }의 상태는 { $status }({ $words })입니다.
naver-channel-only = 채널 { $name }.
naver-backup-on-air = 백업 스트림이 송출 중입니다.
naver-main-on-air = 메인 스트림이 송출 중입니다.
naver-failover = 이 채널의 스트림 페일오버(메인/백업 이중화)가 { $state ->
        [on] 켜져
       *[off] 꺼져
    } 있습니다.
naver-recording = 녹화: { $state ->
        [on] 켜짐
       *[off] 꺼짐
    }.
naver-dvr = 타임머신(DVR): { $state ->
        [on] 켜짐
       *[off] 꺼짐
    }.
naver-output-protocol = 출력 프로토콜: { $protocol }.

## list_channels.rs

naver-channels-none = 조건에 맞는 채널이 없습니다.
naver-channels-count = 채널 { $count }개.
naver-channels-page = 채널 { $count }개 중 이 페이지에 { $shown }개를 표시합니다.

naver-list-status = { $status }({ $words })
naver-list-status-backup = { $status }({ $words }), 백업 스트림 송출 중
naver-list-status-main = { $status }({ $words }), 메인 스트림 송출 중
naver-list-status-unknown = 상태 알 수 없음

## switch_stream.rs

naver-switched-backup = 이제 채널 { $name }에서 백업 스트림이 송출 중입니다.
naver-switched-main = 이제 채널 { $name }에서 메인 스트림이 송출 중입니다.
naver-switched = 네이버 클라우드가 채널 { $name }의 스트림을 전환했습니다.
naver-channel-status = 채널 상태: { $status }({ $words }).
naver-will-switch = 채널 { $name }의 스트림이 다른 쪽(메인 또는 백업)으로 전환됩니다.
naver-not-publishing = 채널 { $name }의 상태가 { $status }({ $words })입니다. 네이버 클라우드는 채널이 PUBLISHING(송출 중) 상태일 때만 메인 스트림과 백업 스트림을 전환합니다.
naver-not-publishing-hint = 채널로 스트림 송출을 시작하고, 상태가 PUBLISHING(송출 중)이 될 때까지 기다린 다음 다시 검토하세요.
naver-will-go-main = 채널 { $name }에서 메인 스트림이 송출 중으로 바뀝니다(현재: 백업 스트림).
naver-will-go-backup = 채널 { $name }에서 백업 스트림이 송출 중으로 바뀝니다(현재: 메인 스트림).
naver-viewers-stay = 시청자는 채널에 그대로 남고, 소스만 바뀝니다.
naver-switch-prefill-note = 이 양식에는 채널 외에 미리 채울 항목이 없습니다. 보내기를 할 때마다 다른 스트림으로 전환되고, 한 번 더 보내면 원래대로 돌아갑니다.
naver-switch-refused = 네이버 클라우드는 채널이 PUBLISHING(송출 중) 상태일 때만 메인 스트림과 백업 스트림을 전환합니다.
naver-switch-refused-now = 네이버 클라우드는 채널이 PUBLISHING(송출 중) 상태일 때만 메인 스트림과 백업 스트림을 전환합니다. 채널 { $name }의 상태는 { $status }({ $words })입니다.
naver-switch-refused-hint = 채널로 스트림 송출을 시작하고, 상태가 PUBLISHING(송출 중)이 될 때까지 기다린 다음 전환하세요.
