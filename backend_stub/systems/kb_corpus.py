"""The knowledge base's synthetic Chinese articles: a catalogue and a fast template generator.

Each catalogue leaf has its own subjects, facts and steps, so the everyday two-character words
(宽带, 停机, 彩铃, 漫游, 流量, 套餐, 密码, 欠费 ...) appear in many articles but never in all of them,
and longer phrases (宽带账号密码重置, 国际及港澳台漫游, 缴费后仍无法复机 ...) in fewer. Generation is plain
string formatting: 50,000 articles take a couple of seconds.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from backend_stub import catalog
from backend_stub.db import iso


@dataclass
class Leaf:
    name: str
    subjects: list[str]
    actions: list[str]
    keywords: list[str]
    facts: list[str]
    steps: list[str]
    flow: str | None = None


@dataclass
class Directory:
    name: str
    leaves: list[Leaf]
    notes: list[str] = field(default_factory=list)


CITY_NAMES = [c[0] for c in catalog.CITIES.values()]
MOBILE_PRODUCTS = [v[0] for v in catalog.PRODUCTS.values() if v[2] == "mobile"]
ADDON_NAMES = [v[0] for v in catalog.ADDONS.values()]
VAS_NAMES = [v[3] for v in catalog.VAS_PRODUCTS]
SP_NAMES = sorted({v[1] for v in catalog.VAS_PRODUCTS})

DIRECTORIES = [
    Directory(
        "资费套餐",
        [
            Leaf(
                "手机套餐",
                MOBILE_PRODUCTS,
                ["资费说明", "办理规则", "变更规则", "常见问题解答"],
                ["套餐", "月租", "通话分钟", "国内流量", "变更"],
                [
                    "{product}每月月租{price}元，含国内通话{minutes}分钟和国内流量{gb}GB。",
                    "套餐变更次月生效，当月已使用的通话和流量按原套餐计算。",
                    "超出套餐的国内流量按每GB{price2}元收取，达到上限后降速不再收费。",
                    "学生客户办理校园套餐需提供有效学生证，每人限办一张。",
                ],
                [
                    "核实客户身份及当前套餐",
                    "查询客户近三个月消费情况",
                    "向客户介绍适合的套餐档次",
                    "确认客户同意后提交套餐变更",
                ],
            ),
            Leaf(
                "融合套餐",
                ["e家融合套餐169元", "e家融合套餐229元", "宽带融合套餐"],
                ["资费说明", "成员管理", "拆分规则"],
                ["融合", "套餐", "宽带", "副卡", "共享流量"],
                [
                    "{product}包含手机、宽带和固话，手机副卡最多可加{n}张。",
                    "融合套餐内各成员共享国内流量，宽带速率按签约速率提供。",
                    "拆分融合套餐需到营业厅办理，宽带按单产品资费重新计费。",
                ],
                [
                    "确认客户融合套餐成员号码",
                    "核对宽带账号与手机号码的绑定关系",
                    "说明成员增减的生效时间",
                    "在CRM中提交成员变更",
                ],
            ),
            Leaf(
                "流量包",
                ["1GB国内流量包", "5GB国内流量包", "夜间流量包", "日租流量包"],
                ["订购规则", "使用说明", "退订说明"],
                ["流量", "流量包", "叠加", "当月有效"],
                [
                    "{addon}订购后立即生效，当月有效，不结转次月。",
                    "同一号码可叠加订购多个流量包，按订购顺序扣减。",
                    "流量提醒短信在使用达到{pct}%时发送。",
                ],
                [
                    "查询客户当月流量使用情况",
                    "确认客户需要的流量包档次",
                    "提示流量包当月有效",
                    "提交订购并告知生效短信",
                ],
            ),
            Leaf(
                "国际漫游资费",
                ["国际及港澳台漫游", "港澳台漫游", "国际漫游流量包"],
                ["资费标准", "开通办法", "常见问题"],
                ["漫游", "国际漫游", "港澳台", "出境"],
                [
                    "出境前需开通国际及港澳台漫游功能，开通后即时生效。",
                    "在港澳台地区漫游上网每天{price}元封顶。",
                    "漫游通话费用以当地运营商上传的话单为准，一般延迟{days}天出账。",
                ],
                [
                    "核实客户证件和预存款",
                    "确认客户前往的国家或地区",
                    "开通国际及港澳台漫游功能",
                    "提醒客户关注漫游资费短信",
                ],
            ),
        ],
        ["资费以当月公布的标准为准，优惠到期后按标准资费收取。", "办理前须向客户完整告知资费和有效期。"],
    ),
    Directory(
        "宽带业务",
        [
            Leaf(
                "宽带新装与提速",
                ["光宽带100M", "光宽带300M", "千兆宽带"],
                ["新装流程", "提速办理", "资费说明"],
                ["宽带", "新装", "提速", "光纤"],
                [
                    "{city}地区光纤覆盖小区可直接办理{bb}，装机时限为{hours}小时。",
                    "宽带提速后需重启光猫，新速率在{hours}小时内生效。",
                    "宽带新装需先进行资源核查，无资源的地址不能受理。",
                ],
                [
                    "核对装机地址与资源覆盖情况",
                    "选择宽带速率和资费",
                    "预约装维上门时间",
                    "提交新装订单并告知订单号",
                ],
            ),
            Leaf(
                "宽带故障处理",
                ["宽带无法登录", "宽带网速慢", "宽带频繁掉线", "光猫LOS灯亮红"],
                ["处理流程", "排查步骤", "预处理指引"],
                ["宽带", "故障", "拨号", "错误代码", "端口重启"],
                [
                    "宽带拨号提示691错误，多为账号或密码错误，或账号欠费停机。",
                    "提示678错误，多为线路或光猫故障，可先重启光猫。",
                    "超过在线连接数时需清除在线记录后重新拨号。",
                    "端口故障可通过端口重启恢复，线路质量差须派单到后端。",
                ],
                [
                    "查询宽带账号状态和欠费情况",
                    "查看最近的上网记录和错误代码",
                    "进行拨号测试",
                    "根据结果重置密码、清除在线记录或重启端口",
                    "仍未恢复的派单到后端处理",
                ],
                "broadband-login",
            ),
            Leaf(
                "宽带账号与密码",
                ["宽带账号密码重置", "宽带密码修改", "宽带解绑"],
                ["操作指引", "注意事项"],
                ["宽带", "密码", "账号", "解绑", "MAC"],
                [
                    "宽带账号密码重置后，新密码以短信发送到机主号码。",
                    "客户更换路由器后需要解绑MAC地址才能拨号成功。",
                    "密码连续输错{n}次账号将锁定{minutes}分钟。",
                ],
                ["核实机主身份", "确认宽带账号", "执行宽带账号密码重置或解绑", "指导客户重新拨号"],
                "broadband-login",
            ),
            Leaf(
                "光猫与路由器",
                ["光猫", "无线路由器", "机顶盒"],
                ["设置方法", "常见问题", "更换流程"],
                ["光猫", "路由器", "WiFi", "宽带"],
                [
                    "光猫PON灯常亮表示光路正常，LOS灯红色表示光信号中断。",
                    "无线路由器建议放在房屋中部，避免金属遮挡。",
                    "光猫损坏可到营业厅免费更换，需携带旧设备。",
                ],
                ["确认设备型号和指示灯状态", "指导客户重启设备", "检查网线连接", "设备故障的预约更换"],
            ),
        ],
        ["涉及装维上门的须与客户确认预约时间。", "宽带业务须核对装机地址。"],
    ),
    Directory(
        "停复机与信控",
        [
            Leaf(
                "欠费停机",
                ["欠费停机", "信用额度停机", "双停"],
                ["规则说明", "解释口径"],
                ["欠费", "停机", "信控", "催缴"],
                [
                    "账户余额低于信用额度时先单向停机，欠费超过{days}天双向停机。",
                    "停机前系统会发送催缴短信提醒客户缴费。",
                    "欠费停机期间月租照常收取。",
                ],
                ["查询账户欠费金额", "查询催缴记录", "向客户解释停机原因", "引导客户缴费"],
            ),
            Leaf(
                "缴费复机",
                ["缴费复机", "缴费后仍无法复机", "复机时限"],
                ["处理流程", "预处理指引"],
                ["复机", "缴费", "停机", "欠费"],
                [
                    "缴清欠费后系统自动复机，一般在{minutes}分钟内完成。",
                    "缴费后仍无法复机的，先核对CRM与HLR状态是否一致。",
                    "CRM状态正常而HLR仍为停机的，可在前台直接同步HLR开通。",
                ],
                [
                    "查询欠费是否已缴清",
                    "核对信控状态",
                    "对比CRM与HLR状态",
                    "状态不一致的执行HLR开通",
                    "开通失败的派单到后端",
                ],
                "barred-after-payment",
            ),
            Leaf(
                "报停与挂失",
                ["报停", "挂失", "非正常停机"],
                ["办理规则", "处理流程"],
                ["报停", "挂失", "停机", "复机"],
                [
                    "客户申请报停后保留号码，每月收取保号费{price}元。",
                    "手机丢失可先电话挂失，再持证件到营业厅补卡。",
                    "无欠费且未申请报停却被停机的，属于非正常停机，应先抢通再查原因。",
                ],
                ["核实机主身份", "查询停机记录和原因", "办理挂失或解挂", "告知复机方式"],
                "barred-after-payment",
            ),
            Leaf(
                "信用额度",
                ["信用额度", "信控级别", "临时额度"],
                ["规则说明", "调整流程"],
                ["信用额度", "信控", "欠费"],
                ["客户信用等级为{grade}类时信用额度为{price}元。", "临时提升信用额度有效期{days}天。"],
                ["查询客户信用等级", "说明信用额度规则", "符合条件的申请临时额度"],
            ),
        ],
        ["停复机类投诉本着先抢通用户、再查原因的原则处理。"],
    ),
    Directory(
        "增值业务",
        [
            Leaf(
                "彩铃与音乐",
                ["彩铃", "爱音乐彩铃包月", "音乐下载包"],
                ["订购规则", "退订方法", "资费说明"],
                ["彩铃", "音乐", "包月", "退订"],
                [
                    "彩铃功能费每月{price}元，彩铃歌曲另行计费。",
                    "退订彩铃包月后当月费用不退，次月不再收取。",
                    "彩铃设置后被叫振铃时主叫听到设置的歌曲。",
                ],
                ["查询客户已订购的彩铃业务", "核对ISMP侧订购状态", "按客户要求订购或退订", "告知生效时间"],
                "vas-dispute",
            ),
            Leaf(
                "阅读与视讯",
                ["天翼阅读畅读包", "天翼视讯影视包", "手机报早晚报"],
                ["业务介绍", "退订方法"],
                ["增值业务", "包月", "退订", "SP"],
                ["{vas}为包月业务，订购后每月{price}元。", "客户可发送短信TD到指定端口退订。"],
                ["查询增值业务订购记录", "核对订购渠道和时间", "办理退订"],
                "vas-dispute",
            ),
            Leaf(
                "SP业务争议处理",
                SP_NAMES,
                ["争议处理", "退费规则", "预处理指引"],
                ["SP", "增值业务", "退订", "退费", "扣费"],
                [
                    "客户对{sp}扣费有异议的，先查询订购记录和订购渠道。",
                    "CRM已退订而ISMP仍在计费的，应同步ISMP并申请退费。",
                    "首次投诉且无二次确认记录的，可按规则退还最近{n}个月费用。",
                ],
                [
                    "查询CRM与ISMP的订购状态",
                    "核对订购渠道和二次确认记录",
                    "为客户退订",
                    "符合条件的派单申请退费",
                ],
                "vas-dispute",
            ),
            Leaf(
                "短信与号码百事通",
                ["100条短信包", "百事通生活助手", "天气预报短信"],
                ["业务介绍", "资费说明"],
                ["短信", "百事通", "包月"],
                ["{vas}每月{price}元，次月自动续订。", "短信包当月有效，剩余条数不结转。"],
                ["确认客户需求", "介绍资费", "提交订购或退订"],
            ),
        ],
        ["增值业务退订须告知客户当月费用的处理方式。"],
    ),
    Directory(
        "无线宽带",
        [
            Leaf(
                "CDMA 1X上网",
                ["CDMA 1X上网", "1X数据业务"],
                ["开通说明", "故障处理"],
                ["1X", "无线上网", "AAA", "HLR", "流量"],
                [
                    "CDMA 1X上网需在CRM、AAA和HLR三处开通，任一处缺失都无法上网。",
                    "以CRM为准同步AAA和HLR的数据。",
                ],
                ["查询上网记录和错误代码", "对比CRM、AAA、HLR开通状态", "执行数据同步", "指导客户重启手机"],
                "wireless-data",
            ),
            Leaf(
                "EVDO上网",
                ["EVDO上网卡", "EVDO数据业务"],
                ["开通说明", "故障处理"],
                ["EVDO", "上网卡", "无线上网", "AAA", "流量"],
                ["EVDO上网卡拨号错误代码{code}多为AAA账号未同步。", "以CRM为准同步AAA系统数据后重新拨号。"],
                ["查询上网记录", "核对AAA账号状态", "同步AAA数据", "指导客户重新拨号"],
                "wireless-data",
            ),
            Leaf(
                "WLAN热点",
                ["WLAN热点", "ChinaNet热点"],
                ["使用说明", "登录失败处理"],
                ["WLAN", "热点", "RADIUS", "密码", "无线上网"],
                [
                    "WLAN登录提示账号不存在时，以CRM为准同步RADIUS系统数据。",
                    "WLAN密码为{pin}位数字，可通过短信重置。",
                ],
                ["查询WLAN开通状态", "对比CRM与RADIUS数据", "同步RADIUS", "指导客户重新登录"],
                "wireless-data",
            ),
        ],
        ["无线宽带类故障须先查询上网记录的错误代码。"],
    ),
    Directory(
        "投诉处理规范",
        [
            Leaf(
                "计费争议处理",
                ["话费争议", "流量费争议", "漫游费争议", "月租争议"],
                ["处理规范", "解释口径", "预处理指引"],
                ["计费争议", "账单", "清单", "退费"],
                [
                    "计费争议先查询账单、费用明细、余额和清单，再向客户解释。",
                    "清单查询最长支持一个月，跨月须分段查询。",
                    "确认为批价错误的，派单到后端申请退费。",
                    "漫游费用以清单中的漫游地和时间为准向客户说明。",
                ],
                [
                    "查询欠费和余额",
                    "查询账单和费用明细",
                    "查询清单",
                    "查询充值和催缴记录",
                    "能解释的当场解释，不能解释的派单",
                ],
                "billing-dispute",
            ),
            Leaf(
                "越级投诉处理",
                ["越级投诉", "工信部申诉", "媒体曝光投诉"],
                ["处理规范", "时限要求"],
                ["越级投诉", "升级", "时限"],
                ["越级投诉须在{hours}小时内联系客户并升级处理。", "越级投诉工单须标记越级标识，由班长跟踪。"],
                ["录入越级投诉工单并标记越级", "通知班长", "在时限内回复客户"],
            ),
            Leaf(
                "服务态度投诉",
                ["服务态度", "营业厅服务", "装维服务"],
                ["处理规范"],
                ["服务态度", "道歉", "回访"],
                [
                    "服务态度类投诉须先向客户致歉，并记录事件经过。",
                    "涉及人员的投诉由责任部门在{days}个工作日内反馈。",
                ],
                ["安抚客户情绪", "记录时间地点和人员", "录入投诉工单", "约定回访时间"],
            ),
            Leaf(
                "工单填写规范",
                ["咨询工单", "投诉工单", "故障工单"],
                ["填写规范", "常见错误"],
                ["工单", "派单", "办结", "预处理"],
                [
                    "工单描述须包含客户诉求、已做的预处理和结果。",
                    "能在前台办结的工单不得派单到后端。",
                    "咨询、投诉工单进入10000系统，故障工单进入112系统，由系统自动分派。",
                ],
                ["选择工单类型和类别", "填写客户诉求", "附上预处理结果", "提交并告知客户工单号"],
            ),
            Leaf(
                "投诉回访规范",
                ["投诉回访", "满意度调查"],
                ["回访规范"],
                ["回访", "满意度", "办结"],
                ["投诉办结后{days}天内完成回访，记录客户满意度。", "客户不满意的工单须重新处理。"],
                ["核对工单处理结果", "致电客户回访", "记录满意度", "归档工单"],
            ),
        ],
        ["投诉处理坚持首问负责制。", "客户诉求须如实记录，不得擅自承诺。"],
    ),
    Directory(
        "营销活动",
        [
            Leaf(
                "存费送费",
                ["存100送50", "存300送200", "预存话费送手机"],
                ["活动规则", "参与条件"],
                ["存费送费", "预存", "赠费", "活动"],
                ["活动期间预存{price}元，赠送话费分{n}个月返还。", "赠送话费不可退，不可转赠。"],
                ["确认客户符合活动条件", "说明返还方式", "办理预存"],
            ),
            Leaf(
                "宽带续约",
                ["宽带续约优惠", "包年宽带"],
                ["活动规则"],
                ["宽带", "续约", "包年", "优惠"],
                ["宽带到期前{days}天可办理续约，享受续约优惠。", "包年宽带中途退订按月折算费用。"],
                ["查询宽带到期时间", "介绍续约方案", "办理续约"],
            ),
            Leaf(
                "积分兑换",
                ["积分兑换话费", "积分兑换流量", "积分商城"],
                ["兑换规则"],
                ["积分", "兑换"],
                ["每消费1元累计1积分，积分有效期{n}年。", "积分可兑换话费、流量或实物礼品。"],
                ["查询客户积分", "介绍兑换项目", "提交兑换"],
            ),
            Leaf(
                "新机优惠",
                ["合约机", "购机送费"],
                ["活动规则", "违约说明"],
                ["合约机", "购机", "套餐", "违约金"],
                ["合约期内不得降低套餐档次，提前解约须支付违约金。", "合约机的话费补贴分{n}个月返还。"],
                ["确认客户在网时长", "介绍合约方案", "签订协议"],
            ),
        ],
        ["营销活动以公告为准，过期活动不得再办理。"],
    ),
    Directory(
        "业务规则",
        [
            Leaf(
                "过户与实名",
                ["过户", "实名登记", "服务密码"],
                ["办理规则", "所需材料"],
                ["过户", "实名", "证件", "服务密码"],
                [
                    "过户须原机主和新机主同时到场并携带有效证件。",
                    "服务密码为{pin}位数字，忘记时可凭证件重置。",
                    "未实名登记的号码将被限制通话。",
                ],
                ["核实证件", "核对欠费情况", "办理过户或实名", "重置服务密码"],
            ),
            Leaf(
                "附属产品",
                ADDON_NAMES,
                ["开通规则", "故障处理", "预处理指引"],
                ["附属产品", "来电显示", "呼叫转移", "HLR"],
                [
                    "{addon}在CRM开通后须在网元HLR激活才能使用。",
                    "CRM已开通而HLR未激活的，可在前台同步网元状态。",
                    "{addon}月功能费{price}元。",
                ],
                ["查询CRM附属产品", "对比HLR激活状态", "同步网元", "指导客户重启手机验证"],
                "addon-not-working",
            ),
            Leaf(
                "集团虚拟网",
                ["集团虚拟网", "VPN短号", "集团成员管理"],
                ["业务规则", "故障处理"],
                ["虚拟网", "VPN", "短号", "集团"],
                [
                    "集团虚拟网成员之间拨打短号享受集团优惠资费。",
                    "成员在CRM中存在而网元缺失的，短号将无法接通。",
                ],
                ["查询CRM集团成员信息", "对比网元成员数据", "同步成员数据", "验证短号拨打"],
                "mobile-vpn",
            ),
            Leaf(
                "装移机",
                ["宽带装机", "固话移机", "宽带移机"],
                ["办理流程", "进度查询", "预处理指引"],
                ["装机", "移机", "订单", "环节", "宽带"],
                [
                    "装移机订单依次经过受理、资源核查、外线施工、装机和竣工环节。",
                    "订单在某环节停留超过{hours}小时视为滞留。",
                    "滞留订单须查明停留环节并催办责任单位。",
                ],
                ["查询订单", "查看流转环节", "找出滞留环节", "派单催办"],
                "order-not-completed",
            ),
            Leaf(
                "账单与发票",
                ["月结账单", "电子发票", "账单寄送"],
                ["规则说明"],
                ["账单", "发票", "账期"],
                [
                    "每月{day}日出上月账单，可通过网上营业厅下载电子发票。",
                    "账单金额包括月租、通信费和增值业务费。",
                ],
                ["查询账单", "说明费用构成", "开具发票"],
            ),
            Leaf(
                "号码管理",
                ["靓号", "号码回收", "携号转网"],
                ["规则说明"],
                ["号码", "靓号", "携号转网", "销户"],
                ["销户后号码冻结{days}天后回收。", "靓号有最低消费要求，合约期内不能降档。"],
                ["核实机主身份", "说明号码规则", "办理相关业务"],
            ),
        ],
        ["业务办理须核实机主身份。", "涉及证件的业务须查验原件。"],
    ),
]

SCOPES = [
    "适用于{city}地区全部客户。",
    "适用于全省个人客户。",
    "适用于政企客户和集团成员。",
    "适用于10000号客服代表。",
    "适用于营业厅和10000号受理渠道。",
]
SCRIPTS = [
    "您好，您反映的问题我已经记录，我这边马上为您处理。",
    "请您稍等，我帮您查询一下具体情况。",
    "非常抱歉给您带来不便，我们会尽快为您解决。",
    "您的问题已经处理完成，请您再试一下。",
    "这个问题需要后台进一步核查，处理结果会在{hours}小时内通知您。",
]
CHANNEL_LINES = ["客户也可通过{channel}办理。", "办理渠道：{channel}、10000号。"]


@dataclass
class Article:
    id: str
    catalogue_id: str
    title: str
    keywords: str
    body: str
    flow_id: str | None
    updated_at: str
    deleted: int
    version: int


def catalogue_rows() -> list[dict]:
    """The catalogue tree as rows: eight top directories, each with three to six leaves."""
    rows = []
    for i, d in enumerate(DIRECTORIES, start=1):
        rows.append({"id": f"K{i:02d}", "parent_id": None, "name": d.name, "position": i})
        for j, leaf in enumerate(d.leaves, start=1):
            rows.append(
                {"id": f"K{i:02d}-{j:02d}", "parent_id": f"K{i:02d}", "name": leaf.name, "position": j}
            )
    return rows


def _slots(rng: random.Random) -> dict:
    return {
        "city": rng.choice(CITY_NAMES),
        "product": rng.choice(MOBILE_PRODUCTS),
        "addon": rng.choice(ADDON_NAMES),
        "vas": rng.choice(VAS_NAMES),
        "sp": rng.choice(SP_NAMES),
        "bb": rng.choice(["光宽带100M", "光宽带300M"]),
        "price": rng.choice([5, 10, 20, 30, 50, 59, 99, 100, 129]),
        "price2": rng.choice([3, 5, 10]),
        "minutes": rng.choice([30, 100, 200, 500]),
        "gb": rng.choice([5, 10, 20, 30]),
        "n": rng.randint(2, 6),
        "pct": rng.choice([80, 90, 100]),
        "pin": rng.choice([6, 8]),
        "days": rng.choice([3, 7, 15, 30]),
        "hours": rng.choice([24, 48, 72]),
        "code": rng.choice(["67", "691", "1231", "633"]),
        "grade": rng.choice("ABCD"),
        "day": rng.randint(1, 10),
        "channel": rng.choice(catalog.CHANNELS),
    }


def make_article(rng: random.Random, index: int, updated: datetime) -> Article:
    """One article; ``index`` makes the id, and its version is ``index + 1``."""
    d_index = rng.randrange(len(DIRECTORIES))
    directory = DIRECTORIES[d_index]
    l_index = rng.randrange(len(directory.leaves))
    leaf = directory.leaves[l_index]
    s = _slots(rng)
    subject = rng.choice(leaf.subjects)
    title = subject + rng.choice(leaf.actions)
    roll = rng.random()
    if roll < 0.2:
        title = f"（{s['city']}）{title}"
    elif roll < 0.3:
        title += f"（{rng.choice([2024, 2025, 2026])}版）"
    keywords = [subject] + rng.sample(leaf.keywords, k=min(len(leaf.keywords), rng.randint(2, 4)))
    facts = rng.sample(leaf.facts, k=min(len(leaf.facts), rng.randint(1, 3)))
    steps = leaf.steps if rng.random() < 0.7 else leaf.steps[: max(2, len(leaf.steps) - 1)]
    parts = [
        f"<p><b>【适用范围】</b>{rng.choice(SCOPES).format(**s)}</p>",
        f"<p><b>【业务说明】</b>{subject}：{''.join(facts).format(**s)}{rng.choice(CHANNEL_LINES).format(**s)}</p>",
        "<p><b>【处理步骤】</b></p><ol>" + "".join(f"<li>{x}</li>" for x in steps) + "</ol>",
    ]
    if directory.notes and rng.random() < 0.8:
        parts.append(
            f'<p><b>【注意事项】</b><span style="color:#c00">{rng.choice(directory.notes)}</span></p>'
        )
    if rng.random() < 0.6:
        parts.append(f"<p><b>【参考话术】</b>“{rng.choice(SCRIPTS).format(**s)}”</p>")
    if rng.random() < 0.02:  # pasted from the KB editor: a picture on the intranet server
        parts.append(f'<p><img src="http://kb.intranet.example/img/{index:06d}.png" alt="{subject}"></p>')
    flow = leaf.flow if leaf.flow and rng.random() < 0.4 else None
    return Article(
        id=f"KA{index + 1:06d}",
        catalogue_id=f"K{d_index + 1:02d}-{l_index + 1:02d}",
        title=title,
        keywords=",".join(dict.fromkeys(keywords)),
        body="".join(parts),
        flow_id=flow,
        updated_at=iso(updated),
        deleted=int(rng.random() < 0.01),
        version=index + 1,
    )


def generate(rng: random.Random, count: int, end: datetime, days: int = 720) -> Iterator[Article]:
    """``count`` articles updated over ``days`` days before ``end``, in version (= time) order."""
    start = end - timedelta(days=days)
    step = (end - start) / max(count, 1)
    for i in range(count):
        yield make_article(rng, i, (start + step * (i + rng.random())).replace(microsecond=0))
