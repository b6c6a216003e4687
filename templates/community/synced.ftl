企业微信客户群：共 ${seen} 个，新绑定 ${added} 个，更新 ${updated} 个。
