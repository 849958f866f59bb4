extension MsInfoWriter {
    static let english = Machine(
        reportLabel: "System Information report written at", reportTime: "11/20/26 10:30:00",
        summary: [
            ("OS Name", "Microsoft Windows Server 2019 Standard"), ("Version", "10.0.17763 Build 17763"),
            ("Other OS Description ", "Not Available"), ("OS Manufacturer", "Microsoft Corporation"),
            ("System Name", "SPNT-SV01"), ("System Manufacturer", "VMware, Inc."), ("System Model", "VMware7,1"),
            ("System Type", "x64-based PC"), ("Processor", "Intel(R) Xeon(R) Silver 4210 CPU @ 2.20GHz, 2195 Mhz"),
            ("Windows Directory", "C:\\Windows"), ("Locale", "Japan"), ("User Name", "SPNT-SV01\\Administrator"),
            ("Time Zone", "Tokyo Standard Time"), ("Installed Physical Memory (RAM)", "8.00 GB"),
        ],
        sections: [
            ("Hardware Resources", []),
            ("IRQs", ["Resource\tDevice\tStatus", "IRQ 0\tSystem timer\tOK"]),
            ("Components", []),
            ("Network", []),
            ("Adapter", ["Item\tValue", "Name\t[00000001] vmxnet3 Ethernet Adapter", "IP Address\t192.0.2.10"]),
            ("Software Environment", []),
            ("Services", ["Display Name\tName\tState", "ServerProtect\tSpntSvc\tRunning"]),
            (
                "Startup Programs",
                ["Program\tCommand", "SecurityHealth\t%windir%\\system32\\SecurityHealthSystray.exe"]
            ),
        ],
        summaryName: "System Summary", columnNames: "Item\tValue", systemNameLabel: "System Name")

    static let japanese = Machine(
        reportLabel: "システム情報レポートの作成日時", reportTime: "2026/11/20 10:30:00",
        summary: [
            ("OS 名", "Microsoft Windows Server 2019 Standard"), ("バージョン", "10.0.17763 ビルド 17763"),
            ("その他の OS の説明 ", "利用できません"), ("OS の製造元", "Microsoft Corporation"),
            ("システム名", "SPNT-SV01"), ("システム製造元", "VMware, Inc."), ("システム モデル", "VMware7,1"),
            ("システムの種類", "x64-ベース PC"), ("プロセッサ", "Intel(R) Xeon(R) Silver 4210 CPU @ 2.20GHz、2195 Mhz"),
            ("Windows ディレクトリ", "C:\\Windows"), ("ロケール", "日本"), ("ユーザー名", "SPNT-SV01\\Administrator"),
            ("タイム ゾーン", "東京 (標準時)"), ("インストール済みの物理メモリ (RAM)", "8.00 GB"),
        ],
        sections: [
            ("ハードウェア リソース", []),
            ("IRQ", ["リソース\tデバイス\t状態", "IRQ 0\tシステム タイマー\tOK"]),
            ("コンポーネント", []),
            ("ネットワーク", []),
            ("アダプター", ["項目\t値", "名前\t[00000001] vmxnet3 Ethernet Adapter", "IP アドレス\t192.0.2.10"]),
            ("ソフトウェア環境", []),
            ("サービス", ["表示名\t名前\t状態", "ServerProtect\tSpntSvc\t実行中"]),
            ("スタートアップ プログラム", ["プログラム\tコマンド", "SecurityHealth\t%windir%\\system32\\SecurityHealthSystray.exe"]),
        ],
        summaryName: "システムの要約", columnNames: "項目\t値", systemNameLabel: "システム名")
}
