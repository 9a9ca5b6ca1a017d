# livedesk-history 的文字：调用历史记录无法使用的原因，以及该怎么做。

## error.rs

history-unavailable = 无法打开位于 { $path } 的调用历史记录：{ $reason }
history-set-aside-failed = 位于 { $path } 的调用历史记录已损坏（{ $reason }），且无法移到一旁：{ $problem }
history-fresh-failed = 已将损坏的文件移到一旁（{ $backup }），但无法新建调用历史记录：{ $problem }
history-secret-in-entry = 此调用未保存到历史记录：其 { $field } 包含账号的某个密钥
history-invalid-entry = 此调用未保存到历史记录：{ $field }：{ $problem }
history-not-found = 历史记录条目 #{ $id } 不存在
history-not-undoable = 历史记录条目 #{ $id } 无法撤销：{ $reason }
history-damaged = 调用历史记录已损坏：{ $problem }
history-storage = 无法读取或写入调用历史记录：{ $problem }
history-hint-unavailable = 请确认文件夹 { $folder } 存在、你可以写入、磁盘未满，并且没有其他 Livedesk 正在使用它；然后重新启动 Livedesk。在此之前仍可进行调用，但不会保存到历史记录中。
history-hint-set-aside-failed = 请自行移动或重命名 { $path }（如需保留其中的条目请妥善保存），确认其所在文件夹可以写入，然后重新启动 Livedesk。
history-hint-secret-in-entry = 调用本身已完成；只是省略了其历史记录条目，以免任何密钥被写入磁盘。请报告此问题：密钥本应被遮盖。
history-hint-invalid-entry = 调用本身已完成；只是省略了其历史记录条目。请报告此问题。
history-hint-not-found = 它可能已根据历史记录的保留设置（保留多少条或多少天）被移除。
history-hint-not-undoable = 只有成功的、且发送前读取过之前状态的更改才能撤销。你仍可以手动重新填写表单。
history-hint-damaged = 请重新启动 Livedesk：损坏的历史记录会被移到一旁（重命名，而不是删除），并开始新的历史记录。
history-hint-storage = 请确认磁盘未满且 Livedesk 的数据文件夹可以写入，然后重试。

## store/open.rs

history-not-a-database = 它不是 SQLite 数据库
history-corrupt = SQLite 报告它已损坏（{ $problem }）
history-wrong-layout = 它不具备 Livedesk 历史记录所需的结构（{ $problem }）
history-newer-version = 它由更新版本的 Livedesk 写入（其架构比此版本新）
history-schema-not-updated = 无法将其架构更新到最新（{ $problem }）
history-integrity-problems = 完整性检查发现问题（{ $problems }）
history-is-a-folder = 它是文件夹，不是文件
history-read-only = 文件为只读

## store/queries.rs

history-must-not-be-empty = 不能为空
history-undo-of-missing = 历史记录条目 #{ $id } 不存在
history-already-complete = 历史记录条目 #{ $id } 已经完成
history-undo-not-succeeded = 调用未成功（{ $outcome }），因此没有任何更改
history-undo-already = 它已被条目 #{ $id } 撤销（如需重复，请在该条目上使用“再次发送”）
history-undo-no-state = 此更改之前的状态没有被读取，因此无法恢复
