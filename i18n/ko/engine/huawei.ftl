# Huawei Cloud Live: 작업이 하는 말(검토, 요약, 설명, 선택 목록). 용어는 i18n/glossary/ko.toml을 따릅니다.

## common.rs

huawei-backup-state = { $domain }의 메인/백업 스트림이 { $state ->
        [on] 켜져
       *[off] 꺼져
    } 있습니다.
huawei-backup-state-now = 이제 { $domain }의 메인/백업 스트림이 { $state ->
        [on] 켜져
       *[off] 꺼져
    } 있습니다.
huawei-backup-on-means = 여러 인코더가 같은 스트림 이름으로 푸시할 수 있습니다. 송출 중인 스트림이 멈추면 다음 스트림이 이어받습니다.
huawei-backup-off-means = 이 도메인에서는 스트림 이름마다 스트림을 하나만 받습니다.
huawei-unknown-domain = 이 프로젝트의 Huawei Cloud에 “{ $domain }” 푸시 도메인이 없습니다.
huawei-unknown-domain-hint = 푸시 도메인 이름을 확인하고, 계정의 프로젝트와 엔드포인트가 도메인을 추가한 리전의 것인지 확인하세요.

## get_stream_backup.rs

huawei-backup-unsaid = Huawei Cloud가 { $domain }의 메인/백업 스트림이 켜져 있는지 알려 주지 않았습니다.

## stream_backup.rs

huawei-backup-stays = { $domain }의 메인/백업 스트림은 그대로 { $state ->
        [on] 켜져
       *[off] 꺼져
    } 있습니다(이미 { $state ->
        [on] 켜짐
       *[off] 꺼짐
    }). 바뀌는 것은 없습니다.
huawei-backup-will-be-now = { $domain }의 메인/백업 스트림이 { $state ->
        [on] 켜집니다
       *[off] 꺼집니다
    }(현재: { $now ->
        [on] 켜짐
       *[off] 꺼짐
    }).
huawei-backup-will-be = { $domain }의 메인/백업 스트림이 { $state ->
        [on] 켜집니다
       *[off] 꺼집니다
    }.

## list_domains.rs

huawei-domains = { $count ->
        [0] 라이브 도메인이 없습니다.
       *[other] 라이브 도메인 { $count }개.
    }
huawei-domain-line = { $name }: { $kind } · { $status }
huawei-domain-kind-push = 푸시 도메인(인코더가 이 도메인으로 푸시)
huawei-domain-kind-pull = 재생 도메인(시청자가 여기서 시청)
huawei-domain-kind-unknown = 도메인
huawei-domain-status-on = 사용 중
huawei-domain-status-off = 꺼짐
huawei-domain-status-configuring = 설정 중
huawei-domain-status-unknown = 상태 알 수 없음

## list_record_rules.rs

huawei-rules = { $count ->
        [0] 녹화 규칙이 없습니다.
       *[other] 녹화 규칙 { $count }개.
    }
huawei-rule-line = { $domain }, 앱 { $app }, { $streams }: { $kind }
huawei-rule-every-stream = 모든 스트림
huawei-rule-stream = 스트림 { $stream }
huawei-rule-command = 명령 녹화(Livedesk에서 시작·중지)
huawei-rule-continuous = 푸시되는 동안 항상 녹화
huawei-rule-plan = 예약된 일정에 따라 녹화
huawei-rule-on-demand = 요청 시 녹화
huawei-rule-unknown = 녹화
huawei-rule-pick = 명령 녹화, { $streams }

## list_streams_online.rs

huawei-streams-online = { $count ->
        [0] 지금 { $domain }에 푸시 중인 스트림이 없습니다.
       *[other] 지금 { $domain }에 스트림 { $count }개가 푸시되고 있습니다.
    }
huawei-stream-since = { $stream }, { $since }부터
huawei-pushed = 푸시 중
huawei-pushed-since = { $since }부터 푸시 중

## record_control.rs

huawei-stream-label = { $domain }의 { $app }/{ $stream }
huawei-not-recording-not-pushed = { $stream }: 녹화 중이 아닙니다. 푸시되고 있지 않습니다.
huawei-not-recording-stopped = { $stream }: 녹화 중이 아닙니다. 녹화는 { $time }에 중지되었습니다.
huawei-not-recording-hint = 중지할 녹화가 없습니다. 도메인, 앱, 스트림을 확인하세요.
huawei-cannot-stop-not-pushed = { $stream }의 녹화를 중지할 수 없습니다. 푸시되고 있지 않습니다.
huawei-cannot-stop-stopped = { $stream }의 녹화를 중지할 수 없습니다. 녹화는 { $time }에 중지되었습니다.
huawei-will-stop = { $stream }의 녹화가 중지됩니다({ $time }부터 녹화 중).
huawei-will-stop-if-recording = { $stream }의 녹화가 진행 중이면 중지됩니다(스트림은 푸시 중이지만, Huawei Cloud는 녹화 여부를 알려 주지 않습니다).
huawei-not-pushed = { $stream }: 녹화할 수 없습니다. 푸시되고 있지 않습니다.
huawei-not-pushed-hint = 이 스트림의 인코더를 시작한 다음 다시 검토하세요.
huawei-cannot-start = { $stream }의 녹화를 시작할 수 없습니다. 푸시되고 있지 않습니다.
huawei-recording-already = { $stream }: 이미 녹화 중입니다({ $time }부터). 다시 시작해도 바뀌는 것은 없습니다.
huawei-will-start-stopped = { $stream }의 녹화가 시작됩니다(지금은 녹화 중이 아님: { $time }에 녹화가 중지됨).
huawei-will-start = { $stream }의 녹화가 시작됩니다(스트림은 푸시 중이며, Livedesk가 보낸 명령으로 녹화하고 있지 않습니다).
huawei-too-soon = { $stream }의 녹화는 { $count }초 전에 중지되었습니다. Huawei Cloud는 10초가 넘게 지나야 다시 시작을 받아들입니다.
huawei-too-soon-hint = { $count }초 더 기다린 다음 다시 검토하세요.
huawei-started = { $stream }의 녹화가 시작되었습니다.
huawei-started-note = 중지할 때까지 계속됩니다. 스트림이 너무 오래 끊기면 멈추고, 저절로 다시 시작하지 않습니다.
huawei-stopped = { $stream }의 녹화가 중지되었습니다.
huawei-stopped-note = 이 스트림을 다시 녹화하려면 10초 넘게 기다린 다음 시작하세요.
huawei-no-rule = Huawei Cloud에 따르면 녹화가 없습니다. { $stream }에 적용되는 명령 녹화 규칙이 없습니다.
huawei-no-rule-hint = Huawei Cloud Live 콘솔에서 이 도메인과 앱에 명령으로 녹화하는 녹화 규칙(모든 스트림 또는 이 스트림 대상)을 추가한 다음 다시 시도하세요.
huawei-not-recorded = Huawei Cloud에 따르면 녹화가 없습니다. 지금 { $stream }에서 명령 녹화가 진행 중이 아니거나, 이 스트림에 적용되는 명령 녹화 규칙이 없습니다.
huawei-not-recorded-hint = 녹화가 명령으로 시작되었고 아직 진행 중인지 확인하세요(스트림이 너무 오래 끊기면 저절로 멈춥니다).
huawei-restart-refused = Huawei Cloud가 { $stream }의 녹화 시작을 거부했습니다. 중지한 지 10초가 지나지 않았습니다.
huawei-restart-refused-hint = 녹화를 중지한 뒤 10초 넘게 기다린 다음 같은 스트림의 녹화를 다시 시작하세요.
huawei-start-needs-push-hint = 녹화는 스트림이 { $domain }에 푸시되는 동안에만 시작할 수 있습니다. 인코더가 송출 중인지 확인한 다음 다시 시도하세요.
