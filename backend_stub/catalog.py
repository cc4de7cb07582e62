"""The operator's product catalogue and geography, shared by every system so that they agree."""

from __future__ import annotations

# city: (name, area code, pinyin prefix for broadband accounts, ID-card region code, districts)
CITIES = {
    "guangzhou": ("广州", "020", "gz", "440100", ["天河区", "越秀区", "海珠区", "白云区", "番禺区", "黄埔区"]),
    "shenzhen": ("深圳", "0755", "sz", "440300", ["福田区", "南山区", "罗湖区", "宝安区", "龙岗区"]),
    "foshan": ("佛山", "0757", "fs", "440600", ["禅城区", "南海区", "顺德区"]),
    "dongguan": ("东莞", "0769", "dg", "441900", ["莞城街道", "南城街道", "东城街道", "长安镇"]),
    "zhuhai": ("珠海", "0756", "zh", "440400", ["香洲区", "斗门区", "金湾区"]),
    "shantou": ("汕头", "0754", "st", "440500", ["金平区", "龙湖区", "濠江区"]),
    "huizhou": ("惠州", "0752", "hz", "441300", ["惠城区", "惠阳区"]),
    "jiangmen": ("江门", "0750", "jm", "440700", ["蓬江区", "江海区", "新会区"]),
}
MOBILE_PREFIXES = ["133", "153", "173", "177", "180", "181", "189", "199"]  # the operator's ranges

SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余杜叶程苏魏吕丁任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严莫孔向常汤康易乔赖文")
GIVEN_CHARS = list("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉玲建国志斌宇浩凯俊晨欣怡婷雪琳梅莉佳颖思雨子轩浩然梓涵一诺嘉豪振宏文博晓东海峰德荣春燕永")
STREETS = ["中山路", "解放路", "人民路", "建设路", "体育西路", "天河北路", "东风路", "环市东路", "滨江路", "江南大道",
           "深南大道", "华强北路", "季华路", "汾江路", "东莞大道", "情侣路", "长平路", "江北大道", "五邑路"]
ESTATES = ["花园", "小区", "大厦", "新村", "公寓", "苑"]
MANAGERS = ["陈经理", "李经理", "黄经理", "张经理", "梁经理", "林经理", "吴经理", "何经理"]
COMPANY_SUFFIX = ["贸易有限公司", "科技有限公司", "物流有限公司", "餐饮管理有限公司", "电子厂", "五金制品有限公司"]

LEVELS = ["normal", "silver", "gold", "platinum", "diamond"]
LEVEL_WEIGHTS = [55, 22, 13, 7, 3]
CREDIT_CLASSES = ["A", "B", "C", "D"]
CREDIT_WEIGHTS = [30, 45, 20, 5]

# sales products: code -> (name, kind, service_type, monthly fee in fen)
PRODUCTS = {
    "M59": ("天翼畅聊套餐59元", "base", "mobile", 5900),
    "M99": ("天翼畅享套餐99元", "base", "mobile", 9900),
    "M129": ("天翼乐享套餐129元", "base", "mobile", 12900),
    "M19": ("天翼校园卡19元", "base", "mobile", 1900),
    "F20": ("固话基本月租", "base", "fixed", 2000),
    "B100": ("光宽带100M", "base", "broadband", 10000),
    "B300": ("光宽带300M", "base", "broadband", 13000),
    "E169": ("e家融合套餐169元(手机+宽带+固话)", "bundle", "mobile", 16900),
    "E229": ("e家融合套餐229元(手机+宽带+固话)", "bundle", "mobile", 22900),
}

# add-on products as sold in CRM and as activated in the HLR: code -> (name, monthly fee in fen)
ADDONS = {
    "caller_id": ("来电显示", 600),
    "call_waiting": ("呼叫等待", 0),
    "call_forwarding": ("呼叫转移", 0),
    "color_ring": ("彩铃", 500),
    "data_pack_1g": ("1GB国内流量包", 1000),
    "data_pack_5g": ("5GB国内流量包", 3000),
    "sms_pack_100": ("100条短信包", 1000),
    "intl_roaming": ("国际及港澳台漫游", 0),
}

# value-added services: (sp_code, sp_name, product_code, product_name, monthly fee in fen)
VAS_PRODUCTS = [
    ("SP1001", "爱音乐", "IM001", "爱音乐彩铃包月", 500),
    ("SP1001", "爱音乐", "IM002", "音乐下载包", 800),
    ("SP2002", "天翼阅读", "RD001", "天翼阅读畅读包", 500),
    ("SP3003", "天翼视讯", "TV001", "天翼视讯影视包", 1500),
    ("SP4004", "号码百事通", "HB001", "百事通生活助手", 300),
    ("SP5005", "新闻早晚报", "NW001", "手机报早晚报", 300),
    ("SP6006", "游戏频道", "GM001", "手机游戏包月", 1000),
    ("SP7007", "天气通", "WT001", "天气预报短信", 200),
]

ORDER_TYPES = {
    "new_install": ("新装", ["受理", "审核", "配号/配资源", "外线施工", "装机", "开通", "竣工"]),
    "change_product": ("套餐变更", ["受理", "审核", "计费变更", "网元变更", "竣工"]),
    "move": ("移机", ["受理", "资源核查", "外线施工", "装机", "开通", "竣工"]),
    "addon": ("附属产品变更", ["受理", "网元变更", "竣工"]),
}
ORDER_STEP_UNITS = {
    "受理": "营业厅", "审核": "营业受理中心", "配号/配资源": "资源中心", "外线施工": "装维中心",
    "装机": "装维中心", "开通": "网管中心", "竣工": "营业受理中心", "资源核查": "资源中心",
    "计费变更": "计费中心", "网元变更": "网管中心",
}

CHANNELS = ["营业厅", "网上营业厅", "10000号", "短信", "社区代理点", "客户经理"]
